-- analysis.result becomes a versioned document: the public DraftAnalysisView (platform-api) with
-- "schemaVersion": 1, no longer the engine's ReportAnalysis as it happened to serialise. Version 1
-- differs from the engine's JSON of engine version 2 in one place: a finding also names the
-- passage it points to (start, end: its first evidence, 0 and 0 when it has none), as in a review
-- case. Rows written before carry no schemaVersion; they are brought to version 1 here, and
-- metrics-service refuses to read a document of any version it does not know.
update analysis
set result = jsonb_set(result, '{findings}', coalesce(
        (select jsonb_agg(finding || jsonb_build_object(
                    'start', coalesce((finding -> 'evidence' -> 0 ->> 'start')::integer, 0),
                    'end', coalesce((finding -> 'evidence' -> 0 ->> 'end')::integer, 0)) order by position)
         from jsonb_array_elements(result -> 'findings') with ordinality as f(finding, position)),
        '[]'::jsonb))
             || '{"schemaVersion": 1}'::jsonb
where not result ? 'schemaVersion';
