package cn.fazhi.metrics.rest;

import cn.fazhi.metrics.mapping.CsvSink;
import cn.fazhi.metrics.mapping.XlsxSink;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * {@code ?format=csv|xlsx|json} on an analytics request is the same as the matching Accept header, for
 * clients that cannot set headers (a link in a browser). Other values are left to the contract's
 * validation (400).
 */
@Provider
@PreMatching
public class ExportFormatFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().contains("/analytics/")) {
            return;
        }
        String format = request.getUriInfo().getQueryParameters().getFirst("format");
        String accept = format == null ? null : switch (format) {
            case "csv" -> CsvSink.MEDIA_TYPE;
            case "xlsx" -> XlsxSink.MEDIA_TYPE;
            case "json" -> "application/json";
            default -> null;
        };
        if (accept != null) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, accept);
        }
    }
}
