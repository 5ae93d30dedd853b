-- One spelling: the history records an analysis as ANALYZED, like the event reports.analyzed.
UPDATE review_history SET action = 'ANALYZED' WHERE action = 'ANALYSED';
