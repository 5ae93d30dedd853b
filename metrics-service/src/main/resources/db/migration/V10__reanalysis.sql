-- Re-analysis of the archive. It reads each version's text where metrics-service keeps it since V9
-- (analysis.text), so the archive is analyzed again without asking report-service for 200,000
-- texts; analyses say which catalog they were made with (the engine's version was already kept); a
-- run keeps its scope, progress and cursor, so it resumes where it stopped after a restart.
alter table analysis add column catalog_version varchar(64);
alter table analysis add column reanalyzed_at timestamptz;

create table reanalysis (
    id              uuid primary key,
    status          varchar(12) not null,
    year            integer,
    region_code     varchar(9),
    engine_version  varchar(20) not null,
    catalog_version varchar(64) not null,
    total           bigint      not null,
    without_text    bigint      not null,
    done            bigint      not null default 0,
    rewritten       bigint      not null default 0,
    already_current bigint      not null default 0,
    failed          bigint      not null default 0,
    cursor_report   uuid,
    cursor_version  integer,
    started_by      varchar(200) not null,
    started_at      timestamptz not null,
    heartbeat_at    timestamptz not null,
    finished_at     timestamptz
);
-- At most one run at a time.
create unique index reanalysis_one_running on reanalysis ((true)) where status = 'RUNNING';
