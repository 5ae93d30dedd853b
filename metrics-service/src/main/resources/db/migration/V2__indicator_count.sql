-- Engine version 2 reads catalogued indicators; their number is kept next to the mentions'.
alter table analysis add column indicator_count integer not null default 0;
