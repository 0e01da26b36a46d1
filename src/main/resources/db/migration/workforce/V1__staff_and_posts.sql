-- The workforce: one row per spell of employment (or agency engagement) of a member of staff. user_id names an
-- account in access (reached only through its API): no foreign key across modules. The name and team are copied
-- when the row is written, so history and the measures read one table. Nothing is hard-deleted: a leaver keeps
-- their row with the leaving date and reason.
create table workforce_employment (
    id bigserial primary key,
    user_id bigint not null,
    username text not null,
    display_name text not null,
    team text not null,
    employment_type text not null check (employment_type in ('PERMANENT', 'AGENCY', 'FIXED_TERM', 'SECONDEE')),
    staff_role text not null check (staff_role in ('ASYE', 'SOCIAL_WORKER', 'SENIOR_PRACTITIONER',
        'ADVANCED_PRACTITIONER', 'TEAM_MANAGER', 'SERVICE_MANAGER', 'SENIOR_MANAGER', 'QUALIFIED_WITHOUT_CASES')),
    grade text,
    fte numeric(7, 6) not null check (fte > 0 and fte <= 1),
    start_date date not null,
    leaving_date date,
    leaving_reason text check (leaving_reason in ('RESIGNATION', 'VOLUNTARY_REDUNDANCY', 'COMPULSORY_REDUNDANCY',
        'DISMISSED', 'RETIRED', 'DECEASED', 'MOVED_WITHIN_AUTHORITY', 'END_OF_CONTRACT', 'OTHER', 'NOT_KNOWN')),
    swe_number text,
    swe_renewal date,
    qualification_institution text,
    agency_name text,
    agency_day_rate_pence bigint,
    contract_end date,
    created_at timestamptz not null default now(),
    created_by text not null,
    changed_at timestamptz,
    changed_by text,
    check (leaving_date is null or leaving_date >= start_date),
    check ((leaving_date is null) = (leaving_reason is null)),
    check (employment_type <> 'AGENCY' or agency_name is not null)
);
-- One open spell per account.
create unique index workforce_employment_open on workforce_employment (user_id) where leaving_date is null;
create index workforce_employment_dates on workforce_employment (start_date, leaving_date);
create index workforce_employment_team on workforce_employment (team);

-- The establishment: funded social work posts (FTE) per team, so vacancies are known.
create table workforce_post (
    team text primary key,
    establishment_fte numeric(8, 2) not null check (establishment_fte >= 0),
    changed_at timestamptz not null default now(),
    changed_by text not null
);

-- Absence where it is recorded: working days lost in a period, with the census's reason.
create table workforce_absence (
    id bigserial primary key,
    employment_id bigint not null references workforce_employment (id),
    from_date date not null,
    to_date date not null,
    working_days numeric(6, 2) not null check (working_days >= 0),
    reason text not null check (reason in ('SICKNESS', 'MATERNITY_PATERNITY', 'TRAINING', 'PUBLIC_DUTIES',
        'UNPAID_AUTHORISED', 'UNAUTHORISED', 'OTHER_PAID')),
    created_at timestamptz not null default now(),
    created_by text not null,
    check (to_date >= from_date)
);
create index workforce_absence_employment on workforce_absence (employment_id, from_date);
