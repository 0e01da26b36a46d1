-- Recruitment: campaigns, the vacancies they advertise, applicants through the stages, retention payments.
-- leader_id names a user of the access module (reached only through its API): no foreign key across modules.
-- Nothing is hard-deleted: an applicant who leaves the process is withdrawn with a reason.
create table recruitment_campaign (
    id bigserial primary key,
    name text not null,
    leader_id bigint not null,
    leader_username text not null,
    leader_name text not null,
    opens_on date not null,
    closes_on date,
    created_by text not null,
    created_at timestamptz not null default now(),
    check (closes_on is null or closes_on >= opens_on)
);
create index recruitment_campaign_leader on recruitment_campaign (leader_id);

create table recruitment_vacancy (
    id bigserial primary key,
    campaign_id bigint not null references recruitment_campaign (id),
    team text not null,
    role text not null,
    fte numeric(3, 2) not null check (fte > 0 and fte <= 1)
);

-- Each step's date is a typed column, so time to hire and the contact clock are plain SQL.
create table recruitment_applicant (
    id bigserial primary key,
    campaign_id bigint not null references recruitment_campaign (id),
    vacancy_id bigint references recruitment_vacancy (id),
    name text not null,
    email text,
    stage text not null,
    applied_on date not null,
    contact_due date not null,
    contacted_on date,
    shortlisted_on date,
    interviewed_on date,
    offered_on date,
    started_on date,
    withdrawn_on date,
    withdrawn_reason text,
    created_at timestamptz not null default now()
);
create index recruitment_applicant_campaign on recruitment_applicant (campaign_id);
create index recruitment_applicant_to_contact on recruitment_applicant (campaign_id, contact_due) where contacted_on is null and stage = 'APPLIED';

create table recruitment_retention_payment (
    id bigserial primary key,
    applicant_id bigint not null references recruitment_applicant (id),
    amount numeric(10, 2) not null check (amount > 0),
    paid_on date not null,
    clawback_months int not null check (clawback_months between 0 and 60),
    clawback_until date not null,
    note text,
    recorded_by text not null,
    recorded_at timestamptz not null default now()
);
create index recruitment_retention_payment_applicant on recruitment_retention_payment (applicant_id);
