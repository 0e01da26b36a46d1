create table team (
    id bigserial primary key,
    name text not null unique,
    created_at timestamptz not null default now()
);

create table app_user (
    id bigserial primary key,
    username text not null unique,
    display_name text not null,
    password_hash text not null,
    enabled boolean not null default true,
    failed_attempts int not null default 0,
    locked_until timestamptz,
    created_at timestamptz not null default now(),
    created_by text not null
);

create table user_role (
    user_id bigint not null references app_user (id),
    role text not null check (role in ('FRONT_DOOR_WORKER', 'SOCIAL_WORKER', 'TEAM_MANAGER', 'CONFERENCE_CHAIR',
                                       'FOSTERING_OFFICER', 'PERFORMANCE_ANALYST', 'ADMINISTRATOR')),
    primary key (user_id, role)
);

create table user_team (
    user_id bigint not null references app_user (id),
    team_id bigint not null references team (id),
    primary key (user_id, team_id)
);

-- Bearer tokens for the API: only a SHA-256 of the token is kept.
create table api_token (
    id bigserial primary key,
    user_id bigint not null references app_user (id),
    token_hash text not null unique,
    created_at timestamptz not null default now(),
    expires_at timestamptz not null
);
