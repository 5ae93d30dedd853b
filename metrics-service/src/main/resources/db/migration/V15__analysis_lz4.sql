-- An analysis's result (tens of KB of JSON) and its report's text are compressed when written and
-- decompressed whenever read: with PostgreSQL's default pglz that was a large part of the database's
-- time in a re-analysis batch (each analysis written, then read again for the township figures). LZ4
-- compresses several times faster for a little more space. Only where the server was built with it
-- (Debian's is); elsewhere the columns keep pglz. Applies to values written from now on.
do $$
begin
    alter table analysis alter column result set compression lz4;
    alter table analysis alter column text set compression lz4;
    raise notice 'analysis.result and analysis.text: lz4';
exception when feature_not_supported or invalid_parameter_value then
    raise notice 'lz4 is not available in this server: analysis.result and analysis.text stay pglz';
end
$$;
