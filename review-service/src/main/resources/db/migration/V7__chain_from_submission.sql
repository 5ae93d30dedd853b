-- A case's approval chain comes from its submission alone, so review-service never assumes a
-- default chain: until the submission arrives (an analysis may come first) the case has no chain
-- and no level, and waits as AWAITING_SUBMISSION.
alter table review_case alter column approval_chain drop default;
alter table review_case alter column approval_chain drop not null;
alter table review_case alter column current_level drop default;
alter table review_case alter column current_level drop not null;
-- Cases opened by their analysis whose submission has not arrived carried an assumed chain.
update review_case set status = 'AWAITING_SUBMISSION', approval_chain = null, current_level = null
 where title is null and status = 'OPEN';
