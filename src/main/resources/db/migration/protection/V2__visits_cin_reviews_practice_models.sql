-- Visits to children on plans, child in need plan reviews and endings, Signs of Safety mappings and family group
-- conference referrals. child_id names a person in the register (no foreign key across modules); never hard-deleted.

-- A visit to a child on a child protection plan: seen, seen alone, by whom (CpVisitSchedule sets the next one).
create table cp_visit (
    id bigserial primary key,
    plan_id bigint not null references cp_plan (id),
    child_id bigint not null,
    visited_on date not null,
    seen boolean not null,
    seen_alone boolean not null,
    visited_by text not null,
    created_at timestamptz not null default now(),
    created_by text not null,
    deleted_at timestamptz,
    deleted_by text,
    deleted_reason text,
    check (seen or not seen_alone)
);
create index cp_visit_plan on cp_visit (plan_id, visited_on) where deleted_at is null;
create index cp_visit_child on cp_visit (child_id, visited_on) where deleted_at is null;

-- Child in need plans end with a reason; reviews have dates (CinPlanReviewSchedule sets the next one).
alter table cin_plan add column end_reason text;
create table cin_plan_review (
    id bigserial primary key,
    cin_plan_id bigint not null references cin_plan (id),
    child_id bigint not null,
    held_on date not null,
    created_at timestamptz not null default now(),
    created_by text not null,
    deleted_at timestamptz,
    deleted_by text,
    deleted_reason text
);
create index cin_plan_review_plan on cin_plan_review (cin_plan_id, held_on) where deleted_at is null;
create index cin_plan_open on cin_plan (start_date) where end_date is null and deleted_at is null;

-- The manager's view reads open plans and enquiries awaiting their initial conference: small partial indexes.
create index cp_plan_open on cp_plan (icpc_date) where end_date is null and deleted_at is null;
create index section47_awaiting_icpc on section47_enquiry (icpc_target)
    where icpc_date is null and deleted_at is null and (outcome is null or outcome = 'CONFERENCE_NEEDED');
create index cp_core_group_child on cp_core_group (child_id) where deleted_at is null;

-- A Signs of Safety mapping, attached to a single assessment (front door's id) or to a conference.
create table sos_mapping (
    id bigserial primary key,
    child_id bigint not null,
    assessment_id bigint,
    conference_id bigint references cp_conference (id),
    mapped_on date not null,
    worries text not null,
    working_well text not null,
    needs_to_happen text not null,
    danger_statements text not null,
    safety_goals text not null,
    scaling smallint not null check (scaling between 0 and 10),
    created_at timestamptz not null default now(),
    created_by text not null,
    deleted_at timestamptz,
    deleted_by text,
    deleted_reason text,
    check ((assessment_id is null) <> (conference_id is null))
);
create index sos_mapping_child on sos_mapping (child_id, mapped_on) where deleted_at is null;

-- A family group conference referral and its outcome.
create table fgc_referral (
    id bigserial primary key,
    child_id bigint not null,
    referred_on date not null,
    reason text not null,
    outcome text check (outcome in ('PLAN_AGREED', 'NO_PLAN_AGREED', 'FAMILY_DECLINED', 'WITHDRAWN')),
    outcome_on date,
    created_at timestamptz not null default now(),
    created_by text not null,
    deleted_at timestamptz,
    deleted_by text,
    deleted_reason text,
    check ((outcome is null) = (outcome_on is null))
);
create index fgc_referral_child on fgc_referral (child_id, referred_on) where deleted_at is null;
