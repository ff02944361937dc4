-- Imports of households and residents from spreadsheets: each upload is a job that is checked,
-- perhaps confirmed, then written in batches of whole households; its row problems are kept for
-- the report.
create schema if not exists exchange;

create table exchange.import_job (
    id                 uuid primary key,
    kelurahan          text not null,
    mode               text not null check (mode in ('ALL_OR_NOTHING', 'VALID_ROWS')),
    status             text not null check (status in (
                           'QUEUED', 'CHECKING', 'NEEDS_CONFIRMATION', 'IMPORTING', 'COMPLETED', 'REJECTED',
                           'CANCELLED', 'INTERRUPTED', 'FAILED')),
    create_units       boolean not null default false,
    file_name          text not null,
    file_path          text,
    file_size          bigint not null,
    file_format        text,
    layout             text,
    notices            jsonb not null default '[]',
    units_to_create    text[] not null default '{}',
    started_by         text not null,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    finished_at        timestamptz,
    -- the pass running now (CHECK or WRITE) and its pace
    phase              text,
    phase_started_at   timestamptz,
    rows_total         integer,
    rows_read          integer not null default 0,
    rows_imported      integer not null default 0,
    rows_unchanged     integer not null default 0,
    rows_rejected      integer not null default 0,
    households_created integer not null default 0,
    households_updated integer not null default 0,
    -- the last row whose household is committed (VALID_ROWS), so a resumed job says where it stood
    committed_row      integer not null default 0,
    cancel_requested   boolean not null default false,
    failure            text
);

create index import_job_by_user on exchange.import_job (started_by, created_at desc);
create index import_job_running on exchange.import_job (status) where status in ('QUEUED', 'CHECKING', 'IMPORTING');

create table exchange.import_problem (
    job_id      uuid not null references exchange.import_job (id) on delete cascade,
    seq         integer not null,
    sheet       text,
    row_no      integer,
    column_name text,
    value       text,
    code        text not null,
    severity    text not null check (severity in ('ERROR', 'WARNING')),
    message_id  text not null,
    message_en  text not null,
    primary key (job_id, seq)
);
