-- A re-analysis never overwrites what a clerk decided: where the engine, reading a version again,
-- now reads a value that is neither what it read when the clerk decided nor the clerk's figure, the
-- disagreement is recorded for a person to look at, and counted on the run.
alter table reanalysis add column disagreements bigint not null default 0;

create table figure_disagreement (
    id                uuid primary key,
    reanalysis_id     uuid          not null references reanalysis (id),
    report_id         uuid          not null,
    version           integer       not null,
    township_code     varchar(9)    not null,
    year              integer       not null,
    code              varchar(100)  not null,
    decision_revision integer       not null,
    clerk_action      varchar(20)   not null,
    clerk_value       numeric,
    engine_value_then numeric,
    engine_value_now  numeric,
    flagged_at        timestamptz   not null,
    constraint figure_disagreement_once unique (reanalysis_id, report_id, version, code)
);
