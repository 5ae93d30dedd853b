-- refresh_township_figures wrote every figure of its reports again (deleted, then inserted): a
-- re-analysis batch of 400 reports rewrote ≈ 16,000 rows and their three indexes although a new engine
-- changes few figures. Now a figure is written only when it is new or differs, and deleted only when
-- it no longer counts; the rule of what counts stays in counted_figures (V12), its one owner.
create or replace function refresh_township_figures(reports uuid[]) returns void language sql as $$
with counted as materialized (
    select * from counted_figures(reports)
), gone as (
    delete from township_figure t
    where t.report_id = any(reports)
      and not exists (select 1 from counted c
                      where c.basis = t.basis and c.code = t.code and c.year = t.year
                        and c.township_code = t.township_code)
)
insert into township_figure (basis, year, code, township_code, report_id, version, value, source, clerk_stated,
                             evidence_start, evidence_end, published)
select * from counted
on conflict (basis, code, year, township_code) do update
    set report_id = excluded.report_id, version = excluded.version, value = excluded.value, source = excluded.source,
        clerk_stated = excluded.clerk_stated, evidence_start = excluded.evidence_start,
        evidence_end = excluded.evidence_end, published = excluded.published
    where (township_figure.report_id, township_figure.version, township_figure.value, township_figure.source,
           township_figure.clerk_stated, township_figure.evidence_start, township_figure.evidence_end,
           township_figure.published)
          is distinct from
          (excluded.report_id, excluded.version, excluded.value, excluded.source, excluded.clerk_stated,
           excluded.evidence_start, excluded.evidence_end, excluded.published);
$$;
