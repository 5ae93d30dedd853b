-- The township clerk answers for the figures (the engine only reads them): each decision on one
-- indicator of a submitted version is kept, numbered per (report, version, indicator); the highest
-- revision is the one that counts, the earlier ones are the record of how it came to be.
create table figure_decision (
    id             uuid primary key,
    report_id      uuid          not null,
    version        integer       not null,
    township_code  varchar(9)    not null,
    year           integer       not null,
    code           varchar(100)  not null,
    revision       integer       not null,
    action         varchar(20)   not null,
    engine_value   numeric,
    value          numeric,
    unit           varchar(20)   not null,
    reason         varchar(1000),
    evidence_start integer,
    evidence_end   integer,
    clerk_stated   boolean       not null,
    actor          varchar(255)  not null,
    decided_at     timestamptz   not null,
    constraint figure_decision_revision unique (report_id, version, code, revision),
    constraint figure_decision_action check (action in ('CONFIRMED', 'CORRECTED', 'REJECTED', 'ADDED')),
    constraint figure_decision_reason check (action not in ('CORRECTED', 'REJECTED') or reason is not null),
    constraint figure_decision_value check ((action = 'REJECTED') = (value is null)),
    constraint figure_decision_evidence check ((evidence_start is null) = (evidence_end is null)
        and (evidence_start is null or (0 <= evidence_start and evidence_start < evidence_end))
        and not (clerk_stated and evidence_start is not null))
);
create index figure_decision_year_code on figure_decision (year, code);

-- A clerk's passage is checked against the version's text (from reports.submitted), kept from now
-- on; a version analyzed before has none, and a passage on it is refused.
alter table analysis add column text text;
