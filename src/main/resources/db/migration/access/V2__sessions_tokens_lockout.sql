-- A user's sessions are good while their stamp is unchanged: disabling the user, changing their roles or their
-- password moves it on, and every session signed in before ends at its next request.
alter table app_user add column security_stamp bigint not null default 0;

-- A token can be revoked (by its user or an administrator) before it expires; the row stays as the record.
alter table api_token add column revoked_at timestamptz, add column revoked_by text;
create index api_token_user on api_token (user_id);

-- Wrong passwords are counted per account and source address: one address guessing locks itself out, not the
-- account for everyone else (and never its tokens). The lock doubles with each lock-out (back-off).
create table login_failure (
    username text not null,
    address text not null,
    failures int not null default 0,
    lockouts int not null default 0,
    locked_until timestamptz,
    last_failure_at timestamptz not null default now(),
    primary key (username, address)
);
