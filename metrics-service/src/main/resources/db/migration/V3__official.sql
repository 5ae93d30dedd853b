-- The approved version's analysis is the official one of its report; published ones are public.
alter table analysis add column approval_chain varchar(100) not null default 'COUNTY,PROVINCE';
alter table analysis add column official boolean not null default false;
alter table analysis add column published boolean not null default false;
