-- Children in care. Workers record events; the SSDA903 episodes are derived from them and kept as typed columns
-- (care_episode) so the return and dashboards read plain SQL. child_id names a person in the register, reached
-- only through its API, so there is no foreign key across modules. Case data is never hard-deleted.
create table care_event (
    id bigserial primary key,
    child_id bigint not null,
    kind text not null check (kind in ('CAME_INTO_CARE', 'PLACEMENT_CHANGE', 'LEGAL_STATUS_CHANGE', 'LEFT_CARE')),
    event_date date not null,
    legal_status text,
    category_of_need text,
    placement_type text,
    placement_provider text,
    placement_postcode text,
    planned boolean,
    same_carer boolean not null default false,
    placement_change_reason text,
    reason_ceased text,
    created_at timestamptz not null default now(),
    created_by text not null,
    deleted_at timestamptz,
    deleted_by text,
    deleted_reason text
);
create index care_event_child on care_event (child_id, event_date, id);

-- Derived from care_event on every change; one row per SSDA903 episode, columns named as the return names them.
create table care_episode (
    child_id bigint not null,
    decom date not null,
    period_start date not null,
    rne text not null,
    ls text not null,
    cin text,
    place text not null,
    place_provider text,
    pl_post text,
    dec date,
    rec text,
    reason_place_change text,
    primary key (child_id, decom)
);
create index care_episode_open on care_episode (child_id) where dec is null;

create table care_review (
    id bigserial primary key,
    child_id bigint not null,
    held_on date not null,
    created_at timestamptz not null default now(),
    created_by text not null,
    deleted_at timestamptz,
    deleted_by text,
    deleted_reason text
);
create index care_review_child on care_review (child_id, held_on);

create table care_visit (
    id bigserial primary key,
    child_id bigint not null,
    visited_on date not null,
    created_at timestamptz not null default now(),
    created_by text not null,
    deleted_at timestamptz,
    deleted_by text,
    deleted_reason text
);
create index care_visit_child on care_visit (child_id, visited_on);

-- SSDA903 Missing table: M missing, A away from placement without authorisation.
create table missing_episode (
    id bigserial primary key,
    child_id bigint not null,
    kind text not null check (kind in ('M', 'A')),
    started_at timestamptz not null,
    ended_at timestamptz,
    rhi_offered_at timestamptz,
    rhi_accepted boolean,
    created_at timestamptz not null default now(),
    created_by text not null,
    deleted_at timestamptz,
    deleted_by text,
    deleted_reason text,
    check (ended_at is null or ended_at >= started_at)
);
create index missing_episode_child on missing_episode (child_id, started_at);
