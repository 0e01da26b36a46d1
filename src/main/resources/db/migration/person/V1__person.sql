-- The person register: children, unborn children and adults. Case data is never hard-deleted:
-- a record is soft-deleted with who, when and why.
create table person (
    id bigserial primary key,
    kind text not null check (kind in ('CHILD', 'UNBORN', 'ADULT')),
    given_names text not null,
    family_name text not null,
    date_of_birth date,
    expected_date_of_birth date,
    dob_estimated boolean not null default false,
    sex text not null check (sex in ('MALE', 'FEMALE', 'UNKNOWN', 'INDETERMINATE')),
    ethnicity text,
    nhs_number char(10),
    upn char(13),
    restricted boolean not null default false,
    created_at timestamptz not null default now(),
    created_by text not null,
    updated_at timestamptz not null default now(),
    updated_by text not null,
    deleted_at timestamptz,
    deleted_by text,
    deleted_reason text,
    check (date_of_birth is not null or expected_date_of_birth is not null or kind = 'ADULT')
);
create index person_name on person (lower(family_name), lower(given_names), id) where deleted_at is null;
create index person_nhs on person (nhs_number) where nhs_number is not null;

create table person_address (
    id bigserial primary key,
    person_id bigint not null references person (id),
    line1 text,
    line2 text,
    town text,
    postcode text not null,
    from_date date,
    to_date date,
    created_at timestamptz not null default now(),
    created_by text not null
);
create index person_address_person on person_address (person_id);
create index person_address_postcode on person_address (postcode);

-- Relationships, read as "related_id is the <kind> of person_id"; households and siblings derive from them.
create table person_relationship (
    id bigserial primary key,
    person_id bigint not null references person (id),
    related_id bigint not null references person (id),
    kind text not null check (kind in ('MOTHER', 'FATHER', 'STEP_PARENT', 'SIBLING', 'HALF_SIBLING',
                                       'GRANDPARENT', 'CARER', 'CHILD', 'OTHER')),
    created_at timestamptz not null default now(),
    created_by text not null
);
create index person_relationship_person on person_relationship (person_id);
create index person_relationship_related on person_relationship (related_id);

-- Who may see a restricted record, besides administrators.
create table person_access_grant (
    person_id bigint not null references person (id),
    user_id bigint not null,
    granted_by text not null,
    granted_at timestamptz not null default now(),
    reason text not null,
    primary key (person_id, user_id)
);
