-- Child protection: strategy discussions, section 47 enquiries, conferences and plans (Working Together 2023, ch. 2).
-- child_id names a person in the register, reached only through its API (no foreign key across modules).
-- Every fact the CIN census needs is a typed column; case data is never hard-deleted.
create table strategy_discussion (
    id bigserial primary key,
    child_id bigint not null,
    held_on date not null,
    route text not null check (route in ('ASSESSMENT', 'CONTACT', 'OPEN_CASE')),
    agencies text not null,
    information text not null,
    decision text not null check (decision in ('SECTION_47', 'NO_SECTION_47')),
    created_at timestamptz not null default now(),
    created_by text not null,
    deleted_at timestamptz,
    deleted_by text,
    deleted_reason text
);
create index strategy_discussion_child on strategy_discussion (child_id, held_on) where deleted_at is null;

create table section47_enquiry (
    id bigserial primary key,
    child_id bigint not null,
    strategy_discussion_id bigint not null references strategy_discussion (id),
    start_date date not null,                     -- CIN S47ActualStartDate
    strategy_on date not null,                    -- the strategy discussion that initiated it: the ICPC clock
    icpc_target date not null,                    -- CIN InitialCPCtarget: 15 working days on
    child_seen_on date,
    outcome text check (outcome in ('NOT_SUBSTANTIATED', 'SUBSTANTIATED_NO_CONFERENCE', 'CONFERENCE_NEEDED')),
    outcome_on date,
    icpc_not_required boolean,                    -- CIN ICPCnotRequired, from the outcome
    icpc_date date,                               -- CIN DateOfInitialCPC, when the ICPC is held
    created_at timestamptz not null default now(),
    created_by text not null,
    deleted_at timestamptz,
    deleted_by text,
    deleted_reason text,
    check ((outcome is null) = (outcome_on is null))
);
create index section47_child on section47_enquiry (child_id, start_date) where deleted_at is null;

create table cp_plan (
    id bigserial primary key,
    child_id bigint not null,
    icpc_date date not null,
    start_date date,                              -- CIN CPPstartDate; null for an unborn child until birth
    starts_at_birth boolean not null default false,
    initial_category text not null check (initial_category in ('NEG', 'PHY', 'SAB', 'EMO', 'MUL')),
    latest_category text not null check (latest_category in ('NEG', 'PHY', 'SAB', 'EMO', 'MUL')),
    end_date date,                                -- CIN CPPendDate
    end_reason text,
    ended_by text,
    created_at timestamptz not null default now(),
    created_by text not null,
    deleted_at timestamptz,
    deleted_by text,
    deleted_reason text,
    check ((end_date is null) = (end_reason is null))
);
create index cp_plan_child on cp_plan (child_id, icpc_date, id) where deleted_at is null;
create unique index cp_plan_one_open on cp_plan (child_id) where end_date is null and deleted_at is null;

create table cp_conference (
    id bigserial primary key,
    child_id bigint not null,
    type text not null check (type in ('INITIAL', 'REVIEW')),
    section47_id bigint references section47_enquiry (id),
    plan_id bigint references cp_plan (id),
    held_on date not null,                        -- CIN DateOfInitialCPC or CPPreviewDate
    chair text not null,
    attendees text not null,
    decision text not null check (decision in ('PLAN', 'NO_PLAN', 'CONTINUE_PLAN', 'END_PLAN')),
    category text check (category in ('NEG', 'PHY', 'SAB', 'EMO', 'MUL')),
    created_at timestamptz not null default now(),
    created_by text not null,
    deleted_at timestamptz,
    deleted_by text,
    deleted_reason text,
    check ((type = 'INITIAL') = (section47_id is not null)),
    check (type = 'INITIAL' or plan_id is not null)
);
create index cp_conference_child on cp_conference (child_id, held_on) where deleted_at is null;
create index cp_conference_plan on cp_conference (plan_id, held_on) where deleted_at is null;
create unique index cp_conference_one_icpc on cp_conference (section47_id) where deleted_at is null;

-- Core group meetings of a plan: the first within 10 working days of the ICPC, then as the plan sets (next_due).
create table cp_core_group (
    id bigserial primary key,
    plan_id bigint not null references cp_plan (id),
    child_id bigint not null,
    held_on date not null,
    attendees text not null,
    next_due date,
    created_at timestamptz not null default now(),
    created_by text not null,
    deleted_at timestamptz,
    deleted_by text,
    deleted_reason text
);
create index cp_core_group_plan on cp_core_group (plan_id, held_on) where deleted_at is null;

-- Child in need plans: the CIN census CINPlanStartDate and CINPlanEndDate.
create table cin_plan (
    id bigserial primary key,
    child_id bigint not null,
    start_date date not null,
    end_date date,
    created_at timestamptz not null default now(),
    created_by text not null,
    ended_by text,
    deleted_at timestamptz,
    deleted_by text,
    deleted_reason text,
    check (end_date is null or end_date >= start_date)
);
create index cin_plan_child on cin_plan (child_id, start_date) where deleted_at is null;
create unique index cin_plan_one_open on cin_plan (child_id) where end_date is null and deleted_at is null;
