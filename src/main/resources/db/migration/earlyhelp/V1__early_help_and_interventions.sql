-- Early help episodes for a household and referrals to interventions (MST, FGC, edge of care...), ADR 0025.
-- Case data is never deleted: an episode is closed with a reason, a referral ends or is declined with one.

create table early_help_episode (
    id bigserial primary key,
    child_id bigint not null,                 -- the child the episode started from
    family_name text not null,
    lead_professional text,                   -- null until agreed (a stepped-down family)
    lead_agency text,
    started_on date not null,
    assessment_due date not null,
    assessment_completed_on date,
    assessment_summary text,
    from_contact_id bigint,                   -- the front-door contact that stepped the family down
    information text,                         -- what that contact said, carried over
    stepped_up_contact_id bigint,             -- the front-door contact made on a step-up
    closed_on date,
    closure_reason text,
    closure_note text,
    created_at timestamptz not null default now(),
    created_by text not null
);
create index early_help_episode_open on early_help_episode (closed_on, started_on);
create unique index early_help_from_contact on early_help_episode (from_contact_id) where from_contact_id is not null;

-- The household's members at the start: children and adults from the register.
create table early_help_member (
    id bigserial primary key,
    episode_id bigint not null references early_help_episode (id),
    person_id bigint not null,
    is_child boolean not null,
    relationship text   -- no unique key: a merge of two members of one household must be able to move rows
);
create index early_help_member_person on early_help_member (person_id);

-- Team around the family meetings.
create table early_help_review (
    id bigserial primary key,
    episode_id bigint not null references early_help_episode (id),
    held_on date not null,
    attendees text not null,
    summary text not null,
    created_at timestamptz not null default now(),
    created_by text not null
);

create table early_help_goal (
    id bigserial primary key,
    episode_id bigint not null references early_help_episode (id),
    goal text not null,
    created_at timestamptz not null default now(),
    created_by text not null
);

create table intervention_referral (
    id bigserial primary key,
    service text not null,
    child_id bigint not null,
    episode_id bigint references early_help_episode (id),
    source text not null,
    referred_on date not null,
    reason text not null,
    status text not null check (status in ('REFERRED', 'WAITING', 'DECLINED', 'STARTED', 'ENDED', 'WITHDRAWN')),
    accepted_on date,
    declined_on date,
    started_on date,
    ended_on date,
    status_reason text,
    living_at_home boolean,
    in_education boolean,
    no_new_offences boolean,
    goal_score_start int check (goal_score_start between 0 and 10),
    goal_score_end int check (goal_score_end between 0 and 10),
    created_at timestamptz not null default now(),
    created_by text not null
);
create index intervention_referral_service on intervention_referral (service, status, accepted_on);
create index intervention_referral_ended on intervention_referral (service, ended_on);
create index intervention_referral_child on intervention_referral (child_id);

-- Every step as taken: who, when, why (the referral row holds the latest state).
create table intervention_step (
    id bigserial primary key,
    referral_id bigint not null references intervention_referral (id),
    step text not null,
    step_on date not null,
    reason text,
    created_at timestamptz not null default now(),
    created_by text not null
);
