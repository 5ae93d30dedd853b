package cn.fazhi.metrics.mapping;

import java.io.IOException;
import java.util.List;

/**
 * Where an export writes its tables, row by row, so a national export never holds all its rows: CSV
 * (one table after another) or XLSX (one sheet per table).
 */
public interface TableSink extends AutoCloseable {

    /** Starts a table (a sheet in XLSX) with its Chinese headers. */
    void table(String name, List<String> headers) throws IOException;

    /** One row: strings, numbers (written as numbers) and nulls (empty cells). */
    void row(List<?> cells) throws IOException;

    /** Writes what is left and ends the document. */
    @Override
    void close() throws IOException;
}
