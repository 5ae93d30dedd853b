-- reviews.decided says whether an approval is final (review-service owns the approval chain), so
-- an analysis no longer keeps the chain to work that out.
alter table analysis drop column approval_chain;
