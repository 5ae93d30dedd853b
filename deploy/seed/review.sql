-- The national dataset, step 3 (review-service's database): the review case of each seeded version
-- where its report stands (open at the county or the province, returned with the county's comment,
-- approved by both levels, published), and its history, step by step. The versions arrive on
-- standard input.
\set ON_ERROR_STOP on
begin;

create temp table seed_version (report_id uuid, code varchar(9), year int, title text, status text, level text,
                                late boolean, submitted_at timestamptz, text text) on commit drop;
\copy seed_version from pstdin

create temp table seed_case on commit drop as
select md5('case:' || report_id)::uuid as id, v.*,
       case status when 'IN_REVIEW' then 'OPEN' else status end as case_status,
       submitted_at + interval '2 seconds' as analyzed_at,
       submitted_at + interval '10 days' as county_at,
       submitted_at + interval '20 days' as province_at,
       submitted_at + interval '60 days' as published_at
from seed_version v;

insert into review_case (id, report_id, version, township_code, year, status, title, opened_at, analyzed_at,
                         mention_count, indicator_count, findings, approval_chain, current_level, late, decided_at, text)
select id, report_id, 1, code, year, case_status, title, submitted_at, analyzed_at, 0, 0, '[]', 'COUNTY,PROVINCE',
       case when status = 'IN_REVIEW' then level when status = 'RETURNED' then 'COUNTY' else 'PROVINCE' end,
       late,
       case status when 'RETURNED' then county_at when 'APPROVED' then province_at when 'PUBLISHED' then published_at end,
       text
from seed_case
on conflict do nothing;

insert into review_comment (id, case_id, author, author_org, level, text, anchor_start, anchor_end, finding_code,
                            created_at)
select md5('comment:' || report_id)::uuid, id, 'reviewer-' || substr(code, 1, 6), substr(code, 1, 6), 'COUNTY',
       '请补充矛盾纠纷化解工作的分类数据和典型案例。', null, null, null, county_at - interval '1 minute'
from seed_case where status = 'RETURNED'
on conflict do nothing;

insert into review_history (id, report_id, version, township_code, actor, action, from_status, to_status, reason, at)
select md5('history:' || report_id || ':' || step.n)::uuid, report_id, 1, code, step.actor, step.action, step.from_status,
       step.to_status, step.reason, step.at
from seed_case c
cross join lateral (values
    (1, 'clerk-' || c.code, 'SUBMITTED', null, 'AWAITING_ANALYSIS', case when c.late then '逾期提交' end, c.submitted_at, true),
    (2, 'metrics-service', 'ANALYZED', 'AWAITING_ANALYSIS', 'OPEN', '0 项分析发现', c.analyzed_at, true),
    (3, 'reviewer-' || substr(c.code, 1, 6), 'COMMENTED', 'OPEN', 'OPEN', '请补充矛盾纠纷化解工作的分类数据和典型案例。',
        c.county_at - interval '1 minute', c.status = 'RETURNED'),
    (7, 'reviewer-' || substr(c.code, 1, 6), 'RETURNED', 'OPEN', 'RETURNED', '请补充矛盾纠纷化解工作的分类数据和典型案例。',
        c.county_at, c.status = 'RETURNED'),
    (4, 'reviewer-' || substr(c.code, 1, 6), 'APPROVED', 'OPEN@COUNTY', 'OPEN@PROVINCE', 'COUNTY级审核通过', c.county_at,
        c.status in ('APPROVED', 'PUBLISHED') or c.level = 'PROVINCE'),
    (5, 'reviewer-' || substr(c.code, 1, 2), 'APPROVED', 'OPEN', 'APPROVED', null, c.province_at,
        c.status in ('APPROVED', 'PUBLISHED')),
    (6, 'admin', 'PUBLISHED', 'APPROVED', 'PUBLISHED', null, c.published_at, c.status = 'PUBLISHED')
) as step(n, actor, action, from_status, to_status, reason, at, happened)
where step.happened
on conflict do nothing;

commit;
vacuum (analyze) review_case;
vacuum (analyze) review_history;
