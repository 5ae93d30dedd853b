-- What an analysis found, as a digest of its findings (SHA-256 of their JSON as metrics-service
-- writes it): a re-analysis compares it with the new findings and announces the version again only
-- when they differ. Rows analyzed before have none; the re-analysis reads their findings instead.
alter table analysis add column findings_digest varchar(64);
