-- The migrations a database was last brought up to, as one fingerprint of their names and contents: a start whose
-- jar carries the same migrations need not ask Flyway to scan and validate each module's history (UnchangedSchema).
create table schema_fingerprint (
    id int primary key default 1 check (id = 1),
    fingerprint text not null,
    migrated_at timestamp with time zone not null default now()
);
