-- Progression and supervision (issue 15, item 5). The ASYE (assessed and supported year in employment) of a newly
-- qualified social worker: one row per employment spell, its reviews (3-month, 6-month, final) with the recorded
-- outcome. Supervision: one row per session, the supervisee's and supervisor's accounts by id (access's, no foreign
-- key across modules) with their names copied for history. Notes are plain text, escaped when shown.
create table workforce_asye (
    id bigserial primary key,
    employment_id bigint not null unique references workforce_employment (id),
    start_date date not null,
    created_at timestamptz not null default now(),
    created_by text not null
);

create table workforce_asye_review (
    id bigserial primary key,
    asye_id bigint not null references workforce_asye (id),
    review text not null check (review in ('THREE_MONTH', 'SIX_MONTH', 'FINAL')),
    held_on date not null,
    outcome text not null check (outcome in ('ON_TRACK', 'CONCERNS', 'PASSED', 'NOT_PASSED')),
    notes text,
    recorded_at timestamptz not null default now(),
    recorded_by text not null,
    unique (asye_id, review),
    check (review = 'FINAL' or outcome in ('ON_TRACK', 'CONCERNS')),
    check (review <> 'FINAL' or outcome in ('PASSED', 'NOT_PASSED'))
);

create table workforce_supervision (
    id bigserial primary key,
    supervisee_user_id bigint not null,
    supervisee_name text not null,
    supervisor_user_id bigint not null,
    supervisor_name text not null,
    held_on date not null,
    notes text,
    recorded_at timestamptz not null default now(),
    recorded_by text not null,
    check (supervisee_user_id <> supervisor_user_id)
);
create index workforce_supervision_supervisee on workforce_supervision (supervisee_user_id, held_on desc);

-- A team's protected admin day (no visits booked on it): ISO day of the week, 1 Monday to 5 Friday.
create table workforce_admin_day (
    team text primary key,
    day_of_week smallint not null check (day_of_week between 1 and 5),
    changed_at timestamptz not null default now(),
    changed_by text not null
);
