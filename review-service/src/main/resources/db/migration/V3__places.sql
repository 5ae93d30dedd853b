-- The register of places (行政区划): loaded and updated by an admin from CSV.
create table place (
    code        varchar(9)   primary key,
    name        varchar(100) not null,
    parent_code varchar(9)   references place (code),
    level       varchar(20)  not null,
    updated_at  timestamptz  not null
);
create index place_parent on place (parent_code);
