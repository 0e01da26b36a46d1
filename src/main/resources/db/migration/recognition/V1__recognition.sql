-- Recognition: nomination windows and colleagues' nominations of colleagues.
-- nominee_id and nominator_id name users of the access module (reached only through its API): no foreign key across
-- modules. nominee_team is the nominee's team when nominated, so a window's counts by team are one query here.
create table recognition_window (
    id bigserial primary key,
    name text not null,
    opens_on date not null,
    closes_on date not null,
    celebration_on date not null,
    opened_by text not null,
    opened_at timestamptz not null default now(),
    check (closes_on >= opens_on),
    check (celebration_on >= closes_on)
);

create table recognition_nomination (
    id bigserial primary key,
    window_id bigint not null references recognition_window (id),
    nominee_id bigint not null,
    nominee_username text not null,
    nominee_name text not null,
    nominee_team text not null,
    nominator_id bigint not null,
    nominator_name text not null,
    category text,
    message text not null,
    nominated_at timestamptz not null default now(),
    check (nominee_id <> nominator_id)
);
create index recognition_nomination_window on recognition_nomination (window_id, nominee_id);
create index recognition_nomination_nominator on recognition_nomination (nominator_id);
create index recognition_nomination_nominee on recognition_nomination (nominee_id);
