-- Tamper evidence. An entry's time and number are the database's, whatever an insert says (no back-dating, no
-- filling a gap left by a rolled-back transaction).
create function audit_entry_stamp() returns trigger language plpgsql as $$
begin
    new.id := nextval(pg_get_serial_sequence('audit_entry', 'id'));
    new.at := clock_timestamp();
    return new;
end;
$$;
create trigger audit_entry_stamp before insert on audit_entry for each row execute function audit_entry_stamp();

-- Each committed entry is chained to the one committed before it: hash = sha256(previous hash, the entry's fields).
-- Chained at commit (a deferred trigger), under a lock held only from then to the commit, so writers are not
-- serialised for their whole transaction. `kindred audit verify` recomputes the chain and names the first broken
-- link: an entry changed, removed, or added with the trigger switched off. Entries before this migration are not
-- chained.
create table audit_chain (
    seq bigserial primary key,
    entry_id bigint not null unique,
    hash text not null
);

create function audit_entry_canonical(e audit_entry) returns text language sql immutable as $$
    select string_agg(coalesce(length(f)::text || ':' || f, '-'), ';' order by n)
    from unnest(array[e.id::text, to_char(e.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), e.username,
                      e.action, e.record_type, e.record_id, e.detail, e.request_id, e.client_address])
         with ordinality as t(f, n)
$$;

create function audit_entry_chain() returns trigger language plpgsql as $$
declare
    previous text;
begin
    perform pg_advisory_xact_lock(7406330311);
    select hash into previous from audit_chain order by seq desc limit 1;
    insert into audit_chain (entry_id, hash)
    values (new.id, encode(sha256(convert_to(coalesce(previous, 'genesis') || E'\n' || audit_entry_canonical(new), 'UTF8')), 'hex'));
    return null;
end;
$$;
create constraint trigger audit_entry_chain after insert on audit_entry deferrable initially deferred
    for each row execute function audit_entry_chain();

-- The chain is append-only like the trail: one refusing function for both, naming the table.
create or replace function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: % refused', tg_table_name, tg_op;
end;
$$;
create trigger audit_chain_no_change before update or delete on audit_chain
    for each row execute function audit_entry_append_only();
create trigger audit_chain_no_truncate before truncate on audit_chain
    for each statement execute function audit_entry_append_only();
