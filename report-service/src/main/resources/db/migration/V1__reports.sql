-- A report is one township's report for one year; its versions never change once inserted.
create table report (
    id             uuid primary key,
    township_code  varchar(9)   not null,
    year           integer      not null,
    title          varchar(200) not null,
    status         varchar(20)  not null,
    latest_version integer      not null,
    created_at     timestamptz  not null,
    updated_at     timestamptz  not null,
    constraint report_township_year unique (township_code, year)
);
create index report_year_status on report (year, status);

create table report_version (
    id            uuid primary key,
    report_id     uuid         not null references report (id),
    number        integer      not null,
    title         varchar(200) not null,
    text          text         not null,
    content_hash  varchar(64)     not null,
    length        integer      not null,
    submitted_by  varchar(200) not null,
    submitted_at  timestamptz  not null,
    constraint report_version_number unique (report_id, number)
);

-- A portal's retry with the same Idempotency-Key gets the first answer again.
create table idempotency_key (
    caller       varchar(200) not null,
    key          varchar(200) not null,
    request_hash varchar(64)     not null,
    report_id    uuid         not null references report (id),
    created_at   timestamptz  not null,
    primary key (caller, key)
);
