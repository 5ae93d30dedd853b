-- analysis.result schema version 2: a finding also carries sectionCode, indicatorCode, statedValue and
-- allowedRange beside its message (engine version 4 works them out). Documents of version 1 were
-- written before the engine did: their findings get the four fields as null, what the view says for
-- "does not apply", and nothing else changes.
update analysis
set result = jsonb_set(result, '{findings}', coalesce(
        (select jsonb_agg(jsonb_build_object('sectionCode', null, 'indicatorCode', null, 'statedValue', null,
                                             'allowedRange', null) || finding order by position)
         from jsonb_array_elements(result -> 'findings') with ordinality as f(finding, position)),
        '[]'::jsonb))
             || '{"schemaVersion": 2}'::jsonb
where result ->> 'schemaVersion' = '1';
