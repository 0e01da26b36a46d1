-- Fostering: campaigns, enquiries through assessment to approval, carer households, placement requests.
-- child_id names a person in the register (reached only through its API): no foreign key across modules.
-- Nothing here is hard-deleted: closing, withdrawing and deregistering are recorded with a reason.
create table fostering_campaign (
    id bigserial primary key,
    code text not null unique,
    name text not null,
    channel text not null,
    starts_on date not null,
    ends_on date,
    cost_pence bigint not null default 0,
    created_at timestamptz not null default now()
);

-- One row per prospective carer household's enquiry; each stage's date is a typed column, so the funnel and
-- its clocks are plain SQL. stage is the furthest step reached; closed_kind WITHDRAWN or REFUSED ends it.
create table fostering_enquiry (
    id bigserial primary key,
    campaign_id bigint references fostering_campaign (id),
    heard_via text,
    source text not null check (source in ('PUBLIC', 'PHONE', 'EVENT', 'EMAIL', 'API')),
    name text not null,
    email text,
    phone text,
    postcode text,
    consent_to_contact boolean not null,
    received_at timestamptz not null,
    received_on date not null,
    connected_person boolean not null default false,
    stage text not null,
    first_response_on date,
    initial_visit_on date,
    application_on date,
    dbs_on date,
    la_check_on date,
    health_on date,
    references_on date,
    stage_one_decision_on date,
    form_f_on date,
    panel_on date,
    panel_recommendation text,
    decision_on date,
    approved_on date,
    closed_on date,
    closed_kind text check (closed_kind in ('WITHDRAWN', 'REFUSED')),
    closed_reason text,
    household_id bigint,
    created_by text not null,
    created_at timestamptz not null default now()
);
create index fostering_enquiry_received on fostering_enquiry (received_on);
create index fostering_enquiry_open on fostering_enquiry (stage) where closed_on is null and approved_on is null;

-- The history of steps as recorded (who and when), beside the typed columns above.
create table fostering_step (
    id bigserial primary key,
    enquiry_id bigint not null references fostering_enquiry (id),
    step text not null,
    step_on date not null,
    detail text,
    created_by text not null,
    created_at timestamptz not null default now()
);
create index fostering_step_enquiry on fostering_step (enquiry_id, id);

-- An approved (or temporarily approved) fostering household, with its terms and what matching needs to know.
create table fostering_household (
    id bigserial primary key,
    enquiry_id bigint references fostering_enquiry (id),
    name text not null,
    postcode text not null,
    easting integer,
    northing integer,
    approval_type text not null check (approval_type in
        ('MAINSTREAM', 'CONNECTED_PERSON', 'SHORT_BREAKS', 'PARENT_AND_CHILD', 'EMERGENCY')),
    age_min integer not null,
    age_max integer not null,
    places integer not null check (places between 1 and 6),
    approved_on date not null,
    -- reg. 24 temporary approval of a connected person (Care Planning Regulations 2010): its end and extension
    temporary_until date,
    extended_until date,
    connected_child_id bigint,
    supervising_worker text,
    last_review_on date,
    dbs_renewed_on date,
    accepts_emergency boolean not null default false,
    disability_experience boolean not null default false,
    pets boolean not null default false,
    youngest_own_child_age integer,
    religion text,
    languages text,
    culture text,
    deregistered_on date,
    deregistered_reason text,
    created_by text not null,
    created_at timestamptz not null default now()
);
create index fostering_household_current on fostering_household (approval_type) where deregistered_on is null;

create table fostering_household_member (
    id bigserial primary key,
    household_id bigint not null references fostering_household (id),
    name text not null,
    relationship text not null,
    born_on date
);
create index fostering_member_household on fostering_household_member (household_id);

-- A child placed with a household (fostering's side of it: the placement itself is care's record).
create table fostering_household_placement (
    id bigserial primary key,
    household_id bigint not null references fostering_household (id),
    child_id bigint not null,
    request_id bigint,
    from_date date not null,
    to_date date,
    child_born_on date,
    well_matched boolean,
    created_by text not null,
    created_at timestamptz not null default now()
);
create index fostering_placement_current on fostering_household_placement (household_id) where to_date is null;

-- A social worker's request for a home for a looked-after child, with the needs the matching weighs.
create table placement_request (
    id bigserial primary key,
    child_id bigint not null,
    child_born_on date not null,
    siblings integer not null default 0,
    school_postcode text,
    family_postcode text,
    max_km integer not null default 20,
    disability boolean not null default false,
    religion text,
    language text,
    culture text,
    only_child boolean not null default false,
    no_younger_children boolean not null default false,
    no_pets boolean not null default false,
    emergency boolean not null default false,
    needed_by date not null,
    status text not null default 'OPEN' check (status in ('OPEN', 'PLACED', 'EXTERNAL', 'CLOSED')),
    chosen_household_id bigint references fostering_household (id),
    chosen_on date,
    external_kind text check (external_kind in ('IFA', 'RESIDENTIAL')),
    external_outcome text,
    raised_by text not null,
    raised_at timestamptz not null default now()
);
create index placement_request_open on placement_request (status, needed_by);

-- Postcode grid references (British National Grid metres) loaded from an open file; demo ZY postcodes need none.
create table fostering_postcode (
    postcode text primary key,
    easting integer not null,
    northing integer not null
);
