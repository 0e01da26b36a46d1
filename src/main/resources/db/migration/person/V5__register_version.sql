-- Counts the statements that change what the search index reads, so a kept index knows whether it is current
-- (person.internal.search.KeptIndex). Per statement, not per row: a bulk load counts once.
create table register_identity (id uuid primary key default gen_random_uuid());
insert into register_identity default values;
create sequence register_version;

create function register_changed() returns trigger language plpgsql as $$
begin
    perform nextval('register_version');
    return null;
end
$$;

create trigger person_register_version after insert or update or delete or truncate on person
    for each statement execute function register_changed();
create trigger person_name_register_version after insert or update or delete or truncate on person_name
    for each statement execute function register_changed();
create trigger person_address_register_version after insert or update or delete or truncate on person_address
    for each statement execute function register_changed();
create trigger person_merge_register_version after insert or update or delete or truncate on person_merge
    for each statement execute function register_changed();
