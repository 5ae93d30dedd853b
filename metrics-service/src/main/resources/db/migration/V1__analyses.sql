-- The analysis of one report version; the JSON holds mentions and findings exactly as served.
create table analysis (
    id             uuid primary key,
    report_id      uuid         not null,
    version        integer      not null,
    township_code  varchar(9)   not null,
    year           integer      not null,
    engine_version varchar(20)  not null,
    content_hash   varchar(64)  not null,
    mention_count  integer      not null,
    finding_count  integer      not null,
    result         jsonb        not null,
    analyzed_at    timestamptz  not null,
    constraint analysis_report_version unique (report_id, version)
);
create index analysis_township_year on analysis (township_code, year);
