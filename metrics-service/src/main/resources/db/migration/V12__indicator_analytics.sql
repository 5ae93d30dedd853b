-- Indicator analytics for dashboards and portals (issue 10), kept current as events arrive instead of
-- rebuilt in batch.
--
-- place: the register's places with their level and lifetime, learnt from places.changed like
-- place_name, so a region's expected townships of a year are counted here (abolished or merged before
-- the year, or created after it: not expected). Places known before this table only by their names get
-- their level from the code's length and no lifetime (revision 0: the next announcement replaces them).
create table place (
    code        varchar(9) collate "C" primary key,
    parent_code varchar(9),
    level       varchar(10) not null,
    valid_from  date,
    valid_until date,
    merged_into varchar(9),
    revision    bigint      not null
);
create index place_level_code on place (level, code);
insert into place (code, parent_code, level, revision)
select distinct code,
       case length(code) when 9 then substr(code, 1, 6) when 6 then substr(code, 1, 4) when 4 then substr(code, 1, 2) end,
       case length(code) when 2 then 'PROVINCE' when 4 then 'CITY' when 6 then 'COUNTY' else 'TOWNSHIP' end,
       0
from place_name;

-- township_figure: the figure that counts of each township, year and indicator, on each basis:
-- OFFICIAL (the report's approved version: the clerk's figure where decided, else the engine's, marked
-- ENGINE) and LATEST (the report's latest analyzed version, same rule). Rewritten for a report in the
-- transaction of whatever changes it (analysis, figure decision, approval, publication), so a region's
-- total is one range scan over (basis, code, year, township_code): division codes nest by prefix.
create table township_figure (
    basis          varchar(8)   not null,
    year           integer      not null,
    code           varchar(100) not null,
    township_code  varchar(9) collate "C" not null,
    report_id      uuid         not null,
    version        integer      not null,
    value          numeric      not null,
    source         varchar(6)   not null,
    clerk_stated   boolean      not null,
    evidence_start integer,
    evidence_end   integer,
    published      boolean      not null,
    constraint township_figure_key primary key (basis, code, year, township_code),
    constraint township_figure_basis check (basis in ('OFFICIAL', 'LATEST')),
    constraint township_figure_source check (source in ('ENGINE', 'CLERK'))
);
create index township_figure_report on township_figure (report_id);
-- What the aggregates read, in the index itself: a region's figures are an index-only range scan
-- instead of one heap page per township (rows arrive in no order of the key).
create index township_figure_covering on township_figure (basis, code, year, township_code)
    include (value, source, published);

-- report_progress: where each report of a campaign stands, from reports.submitted (analyzed) and
-- reviews.decided, for completeness by region: the first version's lateness and the latest version's
-- state (IN_REVIEW, RETURNED, APPROVED, PUBLISHED).
create table report_progress (
    report_id      uuid primary key,
    township_code  varchar(9) collate "C" not null,
    year           integer     not null,
    first_version  integer     not null,
    late           boolean     not null,
    latest_version integer     not null,
    status         varchar(10) not null,
    submitted_at   timestamptz,
    published_at   timestamptz,
    constraint report_progress_status check (status in ('IN_REVIEW', 'RETURNED', 'APPROVED', 'PUBLISHED'))
);
create index report_progress_year_township on report_progress (year, township_code);

-- What was stored before: progress from the analyses (lateness and returns were not kept: on time, in
-- review), figures through the same statement the service runs per report (see TownshipFigureRepository).
insert into report_progress (report_id, township_code, year, first_version, late, latest_version, status, submitted_at)
select distinct on (report_id) report_id, township_code, year,
       (select min(version) from analysis f where f.report_id = a.report_id), false, version,
       case when bool_or(published) over (partition by report_id) then 'PUBLISHED'
            when bool_or(official) over (partition by report_id) then 'APPROVED' else 'IN_REVIEW' end,
       analyzed_at
from analysis a
order by report_id, version desc;

-- The figures that count of the given reports, rewritten: what the service runs in the transaction of
-- each change, and what the consistency check compares township_figure against. A figure is the clerk's
-- latest decision on it (none when REJECTED) or else the engine's reading, with its first passage.
create function counted_figures(reports uuid[])
    returns table (basis varchar, year integer, code varchar, township_code varchar, report_id uuid, version integer,
                   value numeric, source varchar, clerk_stated boolean, evidence_start integer, evidence_end integer,
                   published boolean)
    language sql stable as $$
select distinct on (b.basis, f.code, a.year, a.township_code)
       b.basis, a.year, f.code, a.township_code, a.report_id, a.version, f.value, f.source, f.clerk_stated,
       f.evidence_start, f.evidence_end, a.published
from analysis a
cross join lateral (
    select 'OFFICIAL'::varchar as basis where a.official
    union all
    select 'LATEST' where a.version = (select max(l.version) from analysis l where l.report_id = a.report_id)
) b
cross join lateral (
    select coalesce(d.code, e.code)::varchar as code,
           case when d.code is null then e.value else d.value end as value,
           (case when d.code is null then 'ENGINE' else 'CLERK' end)::varchar as source,
           coalesce(d.clerk_stated, false) as clerk_stated,
           case when d.evidence_start is not null then d.evidence_start
                when coalesce(d.clerk_stated, false) then null else e.evidence_start end as evidence_start,
           case when d.evidence_start is not null then d.evidence_end
                when coalesce(d.clerk_stated, false) then null else e.evidence_end end as evidence_end
    from (select distinct on (i ->> 'code') i ->> 'code' as code, (i ->> 'value')::numeric as value,
                 (i -> 'evidence' -> 0 ->> 'start')::integer as evidence_start,
                 (i -> 'evidence' -> 0 ->> 'end')::integer as evidence_end
          from jsonb_array_elements(coalesce(a.result -> 'indicators', '[]'::jsonb)) with ordinality as x(i, n)
          order by i ->> 'code', n) e
    full join (select distinct on (fd.code) fd.code, fd.action, fd.value, fd.clerk_stated, fd.evidence_start,
                      fd.evidence_end
               from figure_decision fd
               where fd.report_id = a.report_id and fd.version = a.version
               order by fd.code, fd.revision desc) d on d.code = e.code
    where d.action is distinct from 'REJECTED'
) f
where a.report_id = any(reports) and f.value is not null
order by b.basis, f.code, a.year, a.township_code, a.analyzed_at desc
$$;

create function refresh_township_figures(reports uuid[]) returns void language sql as $$
delete from township_figure where report_id = any(reports);
insert into township_figure (basis, year, code, township_code, report_id, version, value, source, clerk_stated,
                             evidence_start, evidence_end, published)
select * from counted_figures(reports)
on conflict (basis, code, year, township_code) do update
    set report_id = excluded.report_id, version = excluded.version, value = excluded.value, source = excluded.source,
        clerk_stated = excluded.clerk_stated, evidence_start = excluded.evidence_start,
        evidence_end = excluded.evidence_end, published = excluded.published;
$$;

select refresh_township_figures(array(select distinct report_id from analysis));
