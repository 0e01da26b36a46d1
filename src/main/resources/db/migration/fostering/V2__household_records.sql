-- What happens in a carer household's life after approval: training, unannounced visits, DBS renewals, and
-- standards-of-care concerns and allegations (restricted: only the fostering service and managers see them).
create table fostering_household_record (
    id bigserial primary key,
    household_id bigint not null references fostering_household (id),
    kind text not null check (kind in ('TRAINING', 'UNANNOUNCED_VISIT', 'DBS_RENEWAL', 'STANDARDS_CONCERN', 'ALLEGATION')),
    on_date date not null,
    detail text not null,
    restricted boolean not null,
    created_by text not null,
    created_at timestamptz not null default now()
);
create index fostering_household_record_household on fostering_household_record (household_id, on_date);
