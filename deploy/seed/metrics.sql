-- The national dataset, step 2 (metrics-service's database): each seeded version's text, kept for
-- the analysis, with a placeholder result of engine version "seed" that the re-analysis the seeding
-- tool then starts replaces with the engine's reading (so every figure is the engine's, traceable
-- to its sentence); each report's progress for completeness; the change counters of every province
-- and year moved, so no answer kept from before is served. The versions arrive on standard input.
\set ON_ERROR_STOP on
begin;

create temp table seed_version (report_id uuid, code varchar(9), year int, title text, status text, level text,
                                late boolean, submitted_at timestamptz, text text) on commit drop;
\copy seed_version from pstdin

insert into analysis (id, report_id, version, township_code, year, engine_version, content_hash, mention_count,
                      finding_count, indicator_count, result, analyzed_at, official, published, text, catalog_version)
select md5('analysis:' || report_id)::uuid, report_id, 1, code, year, 'seed',
       encode(sha256(convert_to(text, 'UTF8')), 'hex'), 0, 0, 0,
       jsonb_build_object('schemaVersion', 2, 'engineVersion', 'seed', 'metadata', jsonb_build_object('title', title,
                              'titleSpan', null, 'year', year, 'yearSpan', null, 'township', null, 'townshipSpan', null),
                          'outline', '[]'::jsonb, 'sections', '[]'::jsonb, 'mentions', '[]'::jsonb,
                          'indicators', '[]'::jsonb, 'findings', '[]'::jsonb),
       submitted_at + interval '2 seconds', status in ('APPROVED', 'PUBLISHED'), status = 'PUBLISHED', text, 'seed'
from seed_version
on conflict do nothing;

insert into report_progress (report_id, township_code, year, first_version, late, latest_version, status,
                             submitted_at, published_at)
select report_id, code, year, 1, late, 1, status, submitted_at,
       case when status = 'PUBLISHED' then submitted_at + interval '60 days' end
from seed_version
on conflict do nothing;

insert into analytics_generation (province, year, generation)
select distinct substr(code, 1, 2), year, 1 from seed_version
on conflict (province, year) do update set generation = analytics_generation.generation + 1;

commit;
vacuum (analyze) analysis;
vacuum (analyze) report_progress;
