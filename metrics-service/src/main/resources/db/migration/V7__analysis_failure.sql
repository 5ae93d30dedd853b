-- A version whose automatic analysis failed is recorded, with the reason, instead of being lost.
alter table analysis add column failure_reason text;
