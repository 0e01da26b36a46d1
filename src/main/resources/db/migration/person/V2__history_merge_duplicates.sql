-- The V1 index on names frees its name for the table of other names.
alter index person_name rename to person_by_name;

-- Previous names and aliases: a changed surname must still find the child.
create table person_name (
    id bigserial primary key,
    person_id bigint not null references person (id),
    kind text not null check (kind in ('PREVIOUS', 'ALIAS')),
    given_names text,
    family_name text not null,
    from_date date,
    to_date date,
    created_at timestamptz not null default now(),
    created_by text not null,
    check (to_date is null or from_date is null or to_date >= from_date)
);
create index person_name_person on person_name (person_id);

-- Households are the people at the same current address.
create index person_address_current on person_address (postcode, lower(coalesce(line1, ''))) where to_date is null;

-- A merge moves rows by their key; grants had none of their own.
alter table person_access_grant add column id bigserial unique;

-- A merge of two records of the same person. The person rows are never changed: the rows attached to the
-- merged record move to the survivor, each one listed, so an unmerge moves exactly those back.
create table person_merge (
    id bigserial primary key,
    survivor_id bigint not null references person (id),
    merged_id bigint not null references person (id),
    reason text not null,
    merged_by text not null,
    merged_at timestamptz not null default now(),
    unmerged_by text,
    unmerged_at timestamptz,
    check (survivor_id <> merged_id)
);
create unique index person_merge_open on person_merge (merged_id) where unmerged_at is null;
create index person_merge_survivor on person_merge (survivor_id);

create table person_merge_moved_row (
    id bigserial primary key,
    merge_id bigint not null references person_merge (id),
    table_name text not null,
    column_name text not null,
    key_column text not null,
    key_value text not null
);
create index person_merge_moved_row_merge on person_merge_moved_row (merge_id);

-- The duplicate review queue: likely pairs found by the sweep, each pair once (left_id < right_id).
-- A pair judged "not the same person" stays, so a later sweep never queues it again.
create table person_duplicate (
    id bigserial primary key,
    left_id bigint not null references person (id),
    right_id bigint not null references person (id),
    probability double precision not null,
    explanation text not null,
    status text not null default 'OPEN' check (status in ('OPEN', 'MERGED', 'NOT_SAME')),
    found_at timestamptz not null default now(),
    decided_by text,
    decided_at timestamptz,
    merge_id bigint references person_merge (id),
    check (left_id < right_id),
    unique (left_id, right_id)
);
create index person_duplicate_open on person_duplicate (probability desc) where status = 'OPEN';
