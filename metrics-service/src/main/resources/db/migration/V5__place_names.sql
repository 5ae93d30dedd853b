-- The names of places, learnt from review-service's places.changed events (the register's own
-- announcements, never a copy of it): each place's names with the days they are in force, and the
-- revision of the place they came with, so an older announcement never overwrites a newer one.
create table place_name (
    code        varchar(9)   not null,
    name        varchar(100) not null,
    valid_from  date,
    valid_until date,
    revision    bigint       not null
);
create index place_name_code on place_name (code, valid_from);
