-- Information the front door asks partner agencies for while it decides on a contact, and their answers.
create table information_request (
    id bigserial primary key,
    contact_id bigint not null references contact (id),
    agency text not null,
    question text not null,
    requested_at timestamptz not null default now(),
    requested_by text not null,
    response text,
    responded_at timestamptz,
    response_recorded_by text
);
create index information_request_contact on information_request (contact_id);
