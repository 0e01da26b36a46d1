-- Every source row a past return brought into Kindred, so importing the same return again changes nothing.
-- Numbered from 20: the returns module's other migrations (export, performance page) take the low numbers.
create table return_import_ledger (
    id              bigserial primary key,
    return_name     text        not null,   -- ssda903 or cin
    collection_year int         not null,   -- the year the collection ends: 2018 for 2017/18
    source_key      text        not null,   -- table and the row's identity in the return, e.g. Episodes|566910|15/02/2016
    child_id        bigint      not null,   -- the person on the register the row was matched to or created as
    imported_at     timestamptz not null default now(),
    imported_by     text        not null,
    unique (return_name, collection_year, source_key)
);
create index return_import_ledger_child on return_import_ledger (return_name, source_key);
