package cn.fazhi.metrics.rest;

import cn.fazhi.metrics.mapping.CsvSink;
import cn.fazhi.metrics.mapping.ExportTables;
import cn.fazhi.metrics.mapping.TableSink;
import cn.fazhi.metrics.mapping.XlsxSink;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/**
 * Writes an analytics answer as CSV or XLSX when the client asks for it (Accept, or {@code format=},
 * which {@link ExportFormatFilter} turns into Accept): the same resource method serves JSON and the
 * exports, so an export can never differ from what the dashboard shows.
 */
@Provider
@Produces({CsvSink.MEDIA_TYPE, XlsxSink.MEDIA_TYPE})
public class TableExportWriter implements MessageBodyWriter<Object> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return ExportTables.supports(type) && (isCsv(mediaType) || isXlsx(mediaType));
    }

    @Override
    public void writeTo(Object answer, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        boolean csv = isCsv(mediaType);
        headers.putSingle("Content-Type", csv ? CsvSink.MEDIA_TYPE + "; charset=UTF-8" : XlsxSink.MEDIA_TYPE);
        headers.putSingle("Content-Disposition", "attachment; filename=\"analytics." + (csv ? "csv" : "xlsx")
                + "\"; filename*=UTF-8''" + java.net.URLEncoder.encode("统计." + (csv ? "csv" : "xlsx"),
                StandardCharsets.UTF_8));
        try (TableSink sink = csv ? new CsvSink(out) : new XlsxSink(out)) {
            ExportTables.write(answer, sink);
        }
    }

    private static boolean isCsv(MediaType type) {
        return "text".equals(type.getType()) && "csv".equals(type.getSubtype());
    }

    private static boolean isXlsx(MediaType type) {
        return XlsxSink.MEDIA_TYPE.equals(type.getType() + "/" + type.getSubtype());
    }
}
