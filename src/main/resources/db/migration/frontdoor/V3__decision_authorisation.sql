-- A team manager's authorisation of a front-door decision, where policy needs it (DecisionNeedsAuthorisation).
alter table contact add column needs_authorisation boolean not null default false;
alter table contact add column authorised_by text;
alter table contact add column authorised_at timestamptz;
create index contact_awaiting_authorisation on contact (decided_at)
    where needs_authorisation and authorised_at is null and deleted_at is null;
