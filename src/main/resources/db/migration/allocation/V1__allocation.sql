-- Who holds each child: one row per worker's time with a child. child_id names a person in the register and
-- worker_id a user; both are reached only through their modules' APIs, so there are no foreign keys across
-- modules. worker_name and child_name are copied when the row is written, for history and fast caseload pages.
create table allocation (
    id bigserial primary key,
    child_id bigint not null,
    child_name text,
    worker_id bigint not null,
    worker_name text not null,
    start_date date not null,
    end_date date,
    change_reason text check (change_reason in ('MANAGE', 'FCONTA', 'LEFTRL', 'ORGRST', 'TSPROC', 'ABSENC',
                                                'CHCHAN', 'PCCHAN', 'SWDIED', 'OTHERS')),
    created_at timestamptz not null default now(),
    created_by text not null,
    check (end_date is null or end_date >= start_date)
);
-- One current worker per child.
create unique index allocation_current_child on allocation (child_id) where end_date is null;
create index allocation_current_worker on allocation (worker_id) where end_date is null;
create index allocation_child_history on allocation (child_id, start_date, id);
