-- The national dataset, step 1 (report-service's database): one report a township and year for the
-- years :first..:last, written as a township would (a short report whose sentences state its
-- figures), with its campaign, its version and the note that it was analyzed. Everything is drawn
-- from hashes of the township code and year, so the three databases' steps agree without talking
-- and a second run writes nothing new. The townships (code, name, since when) arrive on standard input;
-- a township reports for the years it existed in.
\set ON_ERROR_STOP on
begin;

-- left by a run that failed before the seeding tool could drop it
set local client_min_messages = warning;
drop table if exists seed_version;

create temp table seed_township (code varchar(9), name text, valid_from date, valid_until date) on commit drop;
\copy seed_township from pstdin

-- a uniform number in [0, 1) and a standard normal one, both fixed by their key
create function pg_temp.u(key text) returns float8 language sql immutable
    as $$ select (('x' || substr(md5(key), 1, 8))::bit(32)::bigint) / 4294967296.0 $$;
create function pg_temp.n(key text) returns float8 language sql immutable
    as $$ select sqrt(-2 * ln(1 - pg_temp.u(key || '/a'))) * cos(2 * pi() * pg_temp.u(key || '/b')) $$;
-- a count: a township's size times the year's trend times noise, around a typical median
create function pg_temp.c(key text, township text, year int, median float8, spread float8) returns bigint
    language sql immutable as $$
    select greatest(1, round(median * exp(0.5 * pg_temp.n(township || '/size') + spread * pg_temp.n(key))
                             * (1 + 0.06 * (year - 2019))))::bigint $$;
-- a sentence, stated by a share of townships
create function pg_temp.s(key text, share float8, sentence text) returns text language sql immutable
    as $$ select case when pg_temp.u(key || '/stated') < share then sentence else '' end $$;

insert into campaign (year, deadline, approval_chain, reporting_level, opened_by, opened_at, updated_at)
select y, make_timestamptz(y + 1, 1, 31, 16, 0, 0, 'UTC'), 'COUNTY,PROVINCE', 'TOWNSHIP', 'seed',
       make_timestamptz(y, 11, 1, 0, 0, 0, 'UTC'), make_timestamptz(y, 11, 1, 0, 0, 0, 'UTC')
from generate_series(:first, :last) y
on conflict (year) do nothing;

-- 97 % of townships report each year; of those 55 % are published, 30 % approved, 8 % in review
-- (at the county or the province) and 7 % returned; 8 % were late
create unlogged table seed_version as
select md5('report:' || k)::uuid as report_id, md5('version:' || k)::uuid as version_id, code, year,
       name || year || '年度法治政府建设工作报告' as title,
       case when st < 0.55 then 'PUBLISHED' when st < 0.85 then 'APPROVED' when st < 0.93 then 'IN_REVIEW'
            else 'RETURNED' end as status,
       case when st >= 0.85 and st < 0.89 then 'COUNTY' when st >= 0.89 and st < 0.93 then 'PROVINCE' end as level,
       pg_temp.u(k || '/late') < 0.08 as late,
       make_timestamptz(year + 1, 1, 31, 16, 0, 0, 'UTC')
           + case when pg_temp.u(k || '/late') < 0.08 then interval '1 day' * (1 + floor(pg_temp.u(k || '/days') * 20))
                  else - interval '1 day' * (1 + floor(pg_temp.u(k || '/days') * 30)) end as submitted_at,
       name || year || '年度法治政府建设工作报告' || E'\n\n'
           || year || '年，' || name || '在上级党委、政府的坚强领导下，深入推进法治政府建设，现将有关情况报告如下。' || E'\n\n'
           || '一、主要举措和成效' || E'\n'
           || '（一）加强党对法治政府建设的领导。'
           || pg_temp.s(k || '/lead', 0.8, '党委理论学习中心组全年开展法治专题学习' || pg_temp.c(k || '/study', code, year, 5, 0.4)
                  || '次，召开党委会专题研究法治政府建设工作' || pg_temp.c(k || '/meet', code, year, 3, 0.4) || '次。')
           || E'\n' || '（二）推进依法科学民主决策。'
           || pg_temp.s(k || '/review', 0.7, '全年对重大行政决策开展合法性审核' || pg_temp.c(k || '/rev', code, year, 25, 0.6)
                  || '件，合法性审核率100%。')
           || pg_temp.s(k || '/advisor', 0.85, '聘请法律顾问' || pg_temp.c(k || '/adv', code, year, 3, 0.3)
                  || '人，村（社区）法律顾问覆盖率' || (90 + floor(pg_temp.u(k || '/cov') * 11))::int || '%。')
           || E'\n' || '（三）严格规范公正文明执法。'
           || pg_temp.s(k || '/enforce', 0.75, '全镇有行政执法人员' || pg_temp.c(k || '/off', code, year, 30, 0.4)
                  || '人，全年开展执法检查' || pg_temp.c(k || '/insp', code, year, 300, 0.7) || '次，办理行政处罚案件'
                  || pg_temp.c(k || '/pen', code, year, 40, 0.8) || '件。')
           || E'\n' || '（四）预防化解矛盾纠纷。'
           || pg_temp.s(k || '/disputes', 0.9, '全年共受理矛盾纠纷' || received || '件，成功调处化解' || resolved
                  || '件，化解率' || round(resolved * 100.0 / received, 1) || '%。')
           || pg_temp.s(k || '/petitions', 0.6, '受理信访事项' || pg_temp.c(k || '/pet', code, year, 35, 0.7) || '件。')
           || E'\n' || '（五）深化法治宣传教育。'
           || pg_temp.s(k || '/pufa', 0.85, '全年开展普法活动' || pg_temp.c(k || '/ev', code, year, 40, 0.5)
                  || '场，发放普法宣传资料' || pg_temp.c(k || '/mat', code, year, 10000, 0.8) || '份，受教育群众'
                  || pg_temp.c(k || '/aud', code, year, 8000, 0.7) || '人次。')
           || E'\n\n' || '二、存在的不足' || E'\n' || '法治宣传的针对性和实效性还有待提高，基层执法力量仍然不足。'
           || E'\n\n' || '三、下一步工作打算' || E'\n' || '继续深入推进法治政府建设，提升基层依法行政水平。' || E'\n' as text
from (select t.code, t.name, y as year, t.code || ':' || y as k, pg_temp.u(t.code || ':' || y || '/status') as st,
             pg_temp.c(t.code || ':' || y || '/received', t.code, y, 150, 0.8) as received
      from seed_township t cross join generate_series(:first, :last) y
      where (t.valid_from is null or t.valid_from <= make_date(y, 12, 31))
        and (t.valid_until is null or t.valid_until > make_date(y, 1, 1))) base
cross join lateral (select floor(received * (0.85 + 0.15 * pg_temp.u(k || '/resolved')))::bigint as resolved) r
where pg_temp.u(k || '/reported') >= 0.03;

insert into report (id, township_code, year, title, status, latest_version, created_at, updated_at)
select report_id, code, year, title, status, 1, submitted_at, submitted_at from seed_version
on conflict do nothing;

insert into report_version (id, report_id, number, title, text, content_hash, length, submitted_by, submitted_at,
                            late, approval_chain)
select version_id, report_id, 1, title, text, encode(sha256(convert_to(text, 'UTF8')), 'hex'), length(text),
       'clerk-' || code, submitted_at, late, 'COUNTY,PROVINCE'
from seed_version
on conflict do nothing;

insert into version_analysis (report_id, version, analyzed_at)
select report_id, 1, submitted_at + interval '2 seconds' from seed_version
on conflict do nothing;

commit;
