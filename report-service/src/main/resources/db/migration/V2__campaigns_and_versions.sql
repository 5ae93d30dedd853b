-- The reporting campaign of a year: its deadline and the levels that approve, in order.
create table campaign (
    year            integer primary key,
    deadline        timestamptz  not null,
    approval_chain  varchar(100) not null,
    reporting_level varchar(20)  not null,
    opened_by       varchar(200) not null,
    opened_at       timestamptz  not null,
    updated_at      timestamptz  not null
);

-- Each version keeps whether it came after the deadline and the chain it is to be approved by.
alter table report_version add column late boolean not null default false;
alter table report_version add column approval_chain varchar(100) not null default 'COUNTY,PROVINCE';
