-- The records some users may not see (restricted or deleted): few, read on every overview to leave them out.
create index person_hidden_idx on person (id) where restricted or deleted_at is not null;
