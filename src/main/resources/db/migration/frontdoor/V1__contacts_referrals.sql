-- The single front door: contacts, the decision on each, and the referrals made from them.
-- child_id names a person in the person register; the register is reached only through its API, so there is
-- no foreign key across modules. Case data is never hard-deleted.
create table contact (
    id bigserial primary key,
    child_id bigint not null,
    source text not null,
    received_at timestamptz not null,
    worry text not null,
    consent text not null check (consent in ('GIVEN', 'REFUSED', 'NOT_SOUGHT_SAFEGUARDING')),
    attachments text,
    urgent boolean not null default false,
    decision text check (decision in ('NO_FURTHER_ACTION', 'INFORMATION_AND_ADVICE', 'EARLY_HELP', 'REFERRAL')),
    decision_reason text,
    decided_at timestamptz,
    decided_by text,
    created_at timestamptz not null default now(),
    created_by text not null,
    deleted_at timestamptz,
    deleted_by text,
    deleted_reason text,
    check ((decision is null) = (decided_at is null))
);
create index contact_open on contact (urgent desc, received_at) where decision is null and deleted_at is null;
create index contact_child on contact (child_id);

create table referral (
    id bigserial primary key,
    contact_id bigint not null unique references contact (id),
    child_id bigint not null,
    referral_date date not null,
    source text not null,
    primary_need text not null check (primary_need in ('N1', 'N2', 'N3', 'N4', 'N5', 'N6', 'N7', 'N8', 'N9')),
    created_at timestamptz not null default now(),
    created_by text not null,
    deleted_at timestamptz,
    deleted_by text,
    deleted_reason text
);
create index referral_child on referral (child_id, referral_date, id) where deleted_at is null;
