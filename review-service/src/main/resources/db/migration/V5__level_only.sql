-- The level that works a case is kept once: its position in the chain follows from the chain.
alter table review_case drop column level_index;
