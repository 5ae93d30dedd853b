-- analytics_generation: a counter per province and year, moved in the transaction of every change to
-- that province's township figures or campaign progress (analysis, figure decision, approval,
-- publication, re-analysis), and one row (province '00', year 0) moved by every change to the register.
-- An analytics answer about a region is still good while the counters of its province for its years,
-- and the register's, have not moved: each service keeps answers in memory under those counters and
-- reads the whole (small: provinces × years) table at most every few hundred milliseconds, so a
-- dashboard's repeated question costs no query and a change is seen within that time by every
-- instance. A counter, not a log: it only becomes visible when its transaction commits, so a reader
-- never sees a new counter without the change behind it.
create table analytics_generation (
    province   varchar(2) collate "C" not null,
    year       integer    not null,
    generation bigint     not null,
    constraint analytics_generation_key primary key (province, year)
);
