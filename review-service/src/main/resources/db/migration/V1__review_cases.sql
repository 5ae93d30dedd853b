-- One review case per report version. It opens when the submission arrives and gets its
-- findings when the analysis arrives; the two events may come in either order.
create table review_case (
    id              uuid primary key,
    report_id       uuid         not null,
    version         integer      not null,
    township_code   varchar(9)   not null,
    year            integer      not null,
    status          varchar(30)  not null,
    title           varchar(200),
    opened_at       timestamptz  not null,
    analyzed_at     timestamptz,
    mention_count   integer      not null default 0,
    indicator_count integer      not null default 0,
    findings        jsonb        not null default '[]',
    constraint review_case_report_version unique (report_id, version)
);
create index review_case_township_status on review_case (township_code, status);
