-- Case notes, their earlier versions, drafts and parked submissions; documents; tasks; notifications (ADR 0020).
-- Case data is never deleted: a corrected note keeps every earlier version (who, when, why); a document is withdrawn
-- with a reason, not removed. Drafts are the worker's own unfinished typing, replaced as they type.

create table case_note (
    id bigserial primary key,
    child_id bigint not null,
    note_type text not null,
    contact_at timestamptz not null,
    seen text not null,
    child_seen_alone text not null check (child_seen_alone in ('YES', 'NO', 'NOT_SEEN')),
    body text not null,
    version int not null default 1,
    created_at timestamptz not null,
    created_by text not null,
    changed_at timestamptz,
    changed_by text
);
create index case_note_child on case_note (child_id, contact_at desc, id desc);

-- Each earlier version, written when a correction replaces it: with who corrected it, when and why.
create table case_note_version (
    note_id bigint not null references case_note (id),
    version int not null,
    note_type text not null,
    contact_at timestamptz not null,
    seen text not null,
    child_seen_alone text not null,
    body text not null,
    written_at timestamptz not null,
    written_by text not null,
    replaced_at timestamptz not null,
    replaced_by text not null,
    reason text not null,
    primary key (note_id, version)
);

-- One draft a worker and child: the form as last typed (JSON of the form's fields), saved as they type.
create table case_note_draft (
    user_id bigint not null,
    child_id bigint not null,
    form text not null,
    saved_at timestamptz not null,
    primary key (user_id, child_id)
);

-- A note submitted after the session had ended: kept under a random key held in the browser's cookie, and claimed
-- as a draft by whoever signs in next in that browser (the claim needs a user who may see the child).
create table parked_submission (
    parked_key text primary key,
    child_id bigint not null,
    form text not null,
    parked_at timestamptz not null,
    claimed_by text,
    claimed_at timestamptz
);

create table child_document (
    id bigserial primary key,
    child_id bigint not null,
    document_type text not null,
    title text not null,
    file_name text not null,
    media_type text not null,
    size_bytes bigint not null check (size_bytes > 0),
    sha256 text not null,
    content bytea not null,
    uploaded_at timestamptz not null,
    uploaded_by text not null,
    withdrawn_at timestamptz,
    withdrawn_by text,
    withdrawn_reason text
);
create index child_document_child on child_document (child_id, uploaded_at desc);

create table task (
    id bigserial primary key,
    child_id bigint not null,
    title text not null,
    details text not null default '',
    due date not null,
    assigned_user_id bigint,
    assigned_team_id bigint,
    set_by_user_id bigint not null,
    set_by text not null,
    set_at timestamptz not null,
    done_at timestamptz,
    done_by text,
    check ((assigned_user_id is null) <> (assigned_team_id is null))
);
create index task_open_child on task (child_id, due) where done_at is null;
create index task_open_user on task (assigned_user_id, due) where done_at is null;
create index task_open_team on task (assigned_team_id, due) where done_at is null;

create table notification (
    id bigserial primary key,
    user_id bigint not null,
    -- the child it is about, so a notification about a record the user may not see is not shown or counted
    child_id bigint,
    kind text not null,
    message text not null,
    link text,
    created_at timestamptz not null,
    read_at timestamptz
);
create index notification_user on notification (user_id, created_at desc);
create index notification_unread on notification (user_id) where read_at is null;
