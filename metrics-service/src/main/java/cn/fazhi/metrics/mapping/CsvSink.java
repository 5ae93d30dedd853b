package cn.fazhi.metrics.mapping;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV in UTF-8 with a byte-order mark, so Excel opens the Chinese headers correctly (RFC 4180 quoting,
 * CRLF). Several tables follow each other, each with its header row, separated by an empty line.
 */
public final class CsvSink implements TableSink {

    public static final String MEDIA_TYPE = "text/csv";

    private final Writer out;
    private boolean first = true;

    public CsvSink(OutputStream stream) throws IOException {
        this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        out.write('\uFEFF');
    }

    @Override
    public void table(String name, List<String> headers) throws IOException {
        if (!first) {
            out.write("\r\n");
        }
        first = false;
        row(headers);
    }

    @Override
    public void row(List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(cells.get(i)));
        }
        out.write("\r\n");
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }

    private static String field(Object cell) {
        if (cell == null) {
            return "";
        }
        String text = cell instanceof BigDecimal decimal ? decimal.toPlainString() : cell.toString();
        // a leading =, +, - or @ would make Excel evaluate a formula: quote and prefix text cells that start so
        if (!(cell instanceof Number) && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
