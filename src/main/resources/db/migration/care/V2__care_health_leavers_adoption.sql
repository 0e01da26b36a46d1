-- The rest of the SSDA903 facts as typed columns (table and column comments name the return's table and field), the
-- social worker episodes, corrections of recorded events, and the next due dates kept per child for the manager's view.

-- A recorded event is never deleted: a correction marks it superseded (deleted_* columns of V1) and names its successor.
alter table care_event add column superseded_by bigint references care_event (id);

-- care_episode is derived (rewritten whole per child); a row id lets a merge of two people move and restore it.
alter table care_episode add column id bigserial;
alter table care_episode add constraint care_episode_id unique (id);

-- SSDA903 REVIEW_CODE: the child's participation in the review (PN0 under 4, PN1 to PN7).
alter table care_review add column participation text
    check (participation in ('PN0', 'PN1', 'PN2', 'PN3', 'PN4', 'PN5', 'PN6', 'PN7'));

-- Dated steps each with its own schedule: health assessments, dental checks (OC2 HEALTH_ASSESSMENT, TEETH_CHECK),
-- personal education plans, pathway plans and their reviews.
create table care_check (
    id bigserial primary key,
    child_id bigint not null,
    kind text not null check (kind in ('HEALTH_ASSESSMENT', 'DENTAL_CHECK', 'PEP', 'PATHWAY_PLAN', 'PATHWAY_PLAN_REVIEW')),
    held_on date not null,
    created_at timestamptz not null default now(),
    created_by text not null,
    deleted_at timestamptz,
    deleted_by text,
    deleted_reason text
);
create index care_check_child on care_check (child_id, kind, held_on);

-- OC2 facts a worker records for the year ending 31 March of year (the rest of OC2 comes from care_check).
create table care_outcome (
    id bigserial primary key,
    child_id bigint not null,
    year int not null,
    sdq_score int check (sdq_score between 0 and 40),
    sdq_reason text check (sdq_reason in ('SDQ1', 'SDQ2', 'SDQ3', 'SDQ4', 'SDQ5')),
    convicted boolean,
    health_check boolean,
    immunisations boolean,
    substance_misuse boolean,
    intervention_received boolean,
    intervention_offered boolean,
    updated_at timestamptz not null default now(),
    updated_by text not null,
    unique (child_id, year)
);

-- UASC: unaccompanied asylum-seeking child from a date; DUC is the date UASC status ceases (usually the 18th birthday).
create table care_uasc (
    id bigserial primary key,
    child_id bigint not null,
    uasc_from date not null,
    duc date,
    created_at timestamptz not null default now(),
    created_by text not null,
    deleted_at timestamptz,
    deleted_by text,
    deleted_reason text
);
create unique index care_uasc_child on care_uasc (child_id) where deleted_at is null;

create table care_family_contact (
    id bigserial primary key,
    child_id bigint not null,
    contacted_on date not null,
    with_whom text not null,
    how text not null,
    note text,
    created_at timestamptz not null default now(),
    created_by text not null,
    deleted_at timestamptz,
    deleted_by text,
    deleted_reason text
);
create index care_family_contact_child on care_family_contact (child_id, contacted_on);

-- A care leaver's personal adviser (Children Act 1989 s.23CA) from a date.
create table care_leaver_adviser (
    id bigserial primary key,
    child_id bigint not null,
    adviser text not null,
    from_date date not null,
    created_at timestamptz not null default now(),
    created_by text not null
);
create index care_leaver_adviser_child on care_leaver_adviser (child_id, from_date);

-- OC3: at each birthday from 17 to 21, in touch, main activity and accommodation.
create table care_leaver_outcome (
    id bigserial primary key,
    child_id bigint not null,
    age int not null check (age between 17 and 21),
    in_touch text not null,
    activ text not null,
    accom text not null,
    updated_at timestamptz not null default now(),
    updated_by text not null,
    unique (child_id, age)
);

-- AD1: the adoption of a looked-after child (decision, match, adopters).
create table care_adoption (
    id bigserial primary key,
    child_id bigint not null,
    date_int date not null,
    date_match date not null,
    foster_care boolean not null,
    nb_adoptr int not null check (nb_adoptr in (1, 2)),
    sex_adoptr text not null check (sex_adoptr in ('M1', 'F1', 'MM', 'FF', 'MF')),
    ls_adoptr text not null check (ls_adoptr in ('L0', 'L11', 'L12', 'L2', 'L3', 'L4')),
    created_at timestamptz not null default now(),
    created_by text not null,
    deleted_at timestamptz,
    deleted_by text,
    deleted_reason text
);
create unique index care_adoption_child on care_adoption (child_id) where deleted_at is null;

-- PlacedAdoption: the decision that the child should be placed for adoption, and why it ceased.
create table care_adoption_decision (
    id bigserial primary key,
    child_id bigint not null,
    date_placed date not null,
    date_placed_ceased date,
    reason_placed_ceased text check (reason_placed_ceased in ('RD1', 'RD2', 'RD3', 'RD4')),
    created_at timestamptz not null default now(),
    created_by text not null,
    deleted_at timestamptz,
    deleted_by text,
    deleted_reason text,
    check (date_placed_ceased is null or date_placed_ceased >= date_placed),
    check ((date_placed_ceased is null) = (reason_placed_ceased is null))
);
create index care_adoption_decision_child on care_adoption_decision (child_id, date_placed);

-- PrevPerm: permanence before the period of care that started on period_start.
create table care_previous_permanence (
    id bigserial primary key,
    child_id bigint not null,
    period_start date not null,
    prev_perm text not null check (prev_perm in ('P1', 'P2', 'P3', 'P4', 'Z1')),
    la_perm text,
    date_perm date,
    updated_at timestamptz not null default now(),
    updated_by text not null,
    unique (child_id, period_start)
);

-- SWEpisodes: one row per allocated social worker, closed with the reason when the worker changes.
create table care_sw_episode (
    id bigserial primary key,
    child_id bigint not null,
    worker_id bigint,
    sw_id text not null,
    sw_decom date not null,
    sw_dec date,
    sw_reason text,
    created_at timestamptz not null default now()
);
create index care_sw_episode_child on care_sw_episode (child_id, sw_decom);
create index care_sw_episode_recent on care_sw_episode (sw_decom, child_id);

-- What is due next for each child with a care record, recomputed by the care module on every change to it
-- (the rules need the working-day calendar, so they run in Java); the manager's view and "My work" read it.
create table care_due (
    id bigserial primary key,
    child_id bigint not null,
    looked_after boolean not null,
    period_start date,
    review_due date,
    visit_due date,
    health_due date,
    pep_due date,
    pathway_due date,
    leaver boolean not null default false,
    computed_on date not null
);
create index care_due_child on care_due (child_id);
create index care_due_review on care_due (review_due) where looked_after;
create index care_due_visit on care_due (visit_due) where looked_after;
create index care_due_health on care_due (health_due) where looked_after;
create index care_due_pep on care_due (pep_due) where looked_after;
create index care_due_pathway on care_due (pathway_due) where pathway_due is not null;

create index missing_episode_open on missing_episode (child_id) where ended_at is null and deleted_at is null;
create index care_episode_recent on care_episode (decom, child_id);
