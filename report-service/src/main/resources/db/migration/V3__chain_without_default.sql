-- A version's chain is always set from its campaign (or, for a year without one, from
-- CampaignService's default chain, its only definition): the column spells no default of its own.
alter table report_version alter column approval_chain drop default;
