-- The level that works a case now, kept as a column so that a queue can ask for "awaiting my level".
alter table review_case add column current_level varchar(20) not null default 'COUNTY';
update review_case set current_level = split_part(approval_chain, ',', level_index + 1);
