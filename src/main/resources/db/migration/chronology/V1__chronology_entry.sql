-- A child's chronology: every step another module records (published as ChronologyEntry, stored in the same
-- transaction) and the entries workers write by hand. Never deleted: a wrong entry is struck out with a reason
-- (it stays readable, marked) or corrected by a new entry.
create table chronology_entry (
    id bigserial primary key,
    child_id bigint not null,
    occurred_at timestamptz not null,
    category text not null,
    summary text not null,
    source_type text,
    source_id text,
    link text,
    hand_written boolean not null default false,
    created_at timestamptz not null default now(),
    created_by text not null,
    struck_out_at timestamptz,
    struck_out_by text,
    struck_out_reason text,
    check ((struck_out_at is null) = (struck_out_reason is null))
);
create index chronology_entry_child on chronology_entry (child_id, occurred_at desc, id desc);
