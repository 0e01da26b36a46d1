-- The application's role may add audit entries but not chain links: the chain's trigger inserts them as the owner
-- of this function (the schema's owner). Both triggers' search paths are fixed, with pg_temp last, so that no caller
-- can redirect them to a temporary table of its own (a back door into the chain, or a sequence of its choosing).
do $$
begin
    execute format('alter function audit_entry_chain() security definer set search_path = %I, pg_temp', current_schema());
    execute format('alter function audit_entry_stamp() set search_path = %I, pg_temp', current_schema());
end
$$;
