-- The single assessment's later steps: the child seen (and seen alone), the factors identified (CIN census
-- assessment factor codes), the outcome with its completion date, and the team manager's authorisation, whose date
-- is the CIN census AssessmentAuthorisationDate. Typed columns, because the census and "My work" read them.
alter table single_assessment add column seen_on date;
alter table single_assessment add column seen_alone_on date;
alter table single_assessment add column factors text[];
alter table single_assessment add column outcome text check (outcome in
    ('NO_FURTHER_ACTION', 'CHILD_IN_NEED_PLAN', 'STRATEGY_DISCUSSION', 'EARLY_HELP', 'OTHER'));
alter table single_assessment add column completed_by text;
alter table single_assessment add column authorised_on date;
alter table single_assessment add column authorised_by text;
alter table single_assessment add constraint seen_alone_needs_seen check (seen_alone_on is null or seen_on is not null);
alter table single_assessment add constraint outcome_with_completion check ((outcome is null) = (completed_on is null));
alter table single_assessment add constraint authorised_after_outcome check (authorised_on is null or outcome is not null);
create index single_assessment_child on single_assessment (child_id) where deleted_at is null;
create index single_assessment_open on single_assessment (referral_id) where authorised_on is null and deleted_at is null;
