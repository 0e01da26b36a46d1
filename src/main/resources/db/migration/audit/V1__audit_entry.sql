-- Who did and who saw what. Append-only: the triggers below refuse any update, delete or truncate,
-- whatever the application (or a hand-run statement) tries.
create table audit_entry (
    id bigserial primary key,
    at timestamptz not null default clock_timestamp(),
    username text not null,
    action text not null,
    record_type text not null,
    record_id text,
    detail text,
    request_id text,
    client_address text
);
create index audit_entry_record on audit_entry (record_type, record_id, at);
create index audit_entry_user on audit_entry (username, at);
create index audit_entry_at on audit_entry (at);

create function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only: % refused', tg_op;
end;
$$;
create trigger audit_entry_no_change before update or delete on audit_entry
    for each row execute function audit_entry_append_only();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_append_only();
