-- Which versions have been analyzed (from reports.analyzed): a version without a row here for
-- longer than report.stuck-after is stuck work. report_version stays immutable.
create table version_analysis (
    report_id   uuid        not null,
    version     int         not null,
    analyzed_at timestamptz not null,
    primary key (report_id, version)
);
-- Versions submitted before this table existed and already moved on count as analyzed.
insert into version_analysis (report_id, version, analyzed_at)
select v.report_id, v.number, v.submitted_at
from report_version v join report r on r.id = v.report_id
where r.status <> 'SUBMITTED' or v.number < r.latest_version;

-- Events a consumer gave up on, gathered from every *.dlq topic, for an admin to replay or discard.
create table dead_letter (
    id                uuid primary key,
    topic             varchar(200) not null,
    dlq_topic         varchar(200) not null,
    dlq_partition     int          not null,
    dlq_offset        bigint       not null,
    record_key        varchar(200),
    event_id          varchar(200),
    event_type        varchar(200),
    subject           varchar(200),
    consumer          varchar(100),
    reason            text         not null,
    exception_class   varchar(300),
    attempts          int,
    payload           text         not null,
    dead_lettered_at  timestamptz  not null,
    status            varchar(20)  not null,
    resolved_at       timestamptz,
    resolved_by       varchar(200),
    discard_reason    text,
    unique (dlq_topic, dlq_partition, dlq_offset)
);
create index dead_letter_waiting on dead_letter (topic, dead_lettered_at) where status = 'WAITING';
-- One consumer's event waits once, however often it was redelivered to it and dead-lettered.
create unique index dead_letter_waiting_once on dead_letter (topic, consumer, event_id)
    where status = 'WAITING' and event_id is not null and consumer is not null;
