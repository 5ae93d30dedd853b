-- The review workflow: where a case stands in its approval chain, the reviewers' comments, and
-- the history of every state change and comment (who, when, from, to, why).
alter table review_case add column approval_chain varchar(100) not null default 'COUNTY,PROVINCE';
alter table review_case add column level_index integer not null default 0;
alter table review_case add column late boolean not null default false;
alter table review_case add column decided_at timestamptz;

create table review_comment (
    id            uuid primary key,
    case_id       uuid          not null references review_case (id),
    author        varchar(200)  not null,
    author_org    varchar(9)    not null,
    level         varchar(20)   not null,
    text          varchar(4000) not null,
    anchor_start  integer,
    anchor_end    integer,
    finding_code  varchar(50),
    created_at    timestamptz   not null
);
create index review_comment_case on review_comment (case_id, created_at);

create table review_history (
    id            uuid primary key,
    report_id     uuid          not null,
    version       integer       not null,
    township_code varchar(9)    not null,
    actor         varchar(200)  not null,
    action        varchar(30)   not null,
    from_status   varchar(30),
    to_status     varchar(30),
    reason        varchar(4000),
    at            timestamptz   not null
);
create index review_history_report on review_history (report_id, at);

-- The version's text, from the submission event, so a comment can show the passage it points at.
alter table review_case add column text text;
