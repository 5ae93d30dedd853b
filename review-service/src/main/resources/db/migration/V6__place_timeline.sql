-- The register keeps time. A place exists from valid_from (null: since the register began) until
-- valid_until (null: it still exists; the first day it no longer does); a merged place names the
-- place that absorbed it. Its names have days of their own, so "the name of C in year Y" is a query.
-- revision grows with every change of a place; events carry it so consumers keep the newest.
alter table place add column valid_from  date;
alter table place add column valid_until date;
alter table place add column merged_into varchar(9) references place (code);
alter table place add column revision    bigint not null default 1;

create table place_name (
    id          bigint generated always as identity primary key,
    code        varchar(9)   not null references place (code),
    name        varchar(100) not null,
    valid_from  date,
    valid_until date
);
create index place_name_code on place_name (code);
insert into place_name (code, name) select code, name from place;
alter table place drop column name;

-- Every change of the register: an admin's amendment (with the day it takes effect) or a line of a
-- register file that added a place or corrected a name (effective_from null). Never updated.
create table place_amendment (
    id             uuid primary key,
    kind           varchar(20)  not null,
    code           varchar(9)   not null references place (code),
    name           varchar(100),
    former_name    varchar(100),
    merged_into    varchar(9)   references place (code),
    effective_from date,
    reason         varchar(500),
    actor          varchar(200) not null,
    recorded_at    timestamptz  not null
);
create index place_amendment_code on place_amendment (code, recorded_at);
create index place_amendment_merged_into on place_amendment (merged_into);
create index place_amendment_recorded on place_amendment (recorded_at);

-- The published lists the register was seeded from, each loaded once (the first start).
create table place_source (
    name        varchar(100) primary key,
    place_count integer      not null,
    loaded_at   timestamptz  not null
);
