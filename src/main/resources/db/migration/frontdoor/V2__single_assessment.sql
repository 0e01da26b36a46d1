-- The single assessment started from a referral: one per referral, with the allocated worker.
-- Its due date is not stored: it is 45 working days from the referral date (AssessmentDue), so a corrected
-- bank-holiday calendar corrects every due date.
create table single_assessment (
    id bigserial primary key,
    referral_id bigint not null unique references referral (id),
    child_id bigint not null,
    started_on date not null,
    worker text not null,
    completed_on date,
    created_at timestamptz not null default now(),
    created_by text not null,
    deleted_at timestamptz,
    deleted_by text,
    deleted_reason text
);
create index single_assessment_worker on single_assessment (worker) where completed_on is null and deleted_at is null;
