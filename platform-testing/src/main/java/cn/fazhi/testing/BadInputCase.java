package cn.fazhi.testing;

import java.util.Map;

/**
 * One request the platform must refuse, as data: where it goes, what it carries, who sends it, and
 * the status it must get. Paths and bodies may name placeholders ({@code {reportId}},
 * {@code {caseId}}, {@code {missingId}}) that the runner fills with what it set up.
 *
 * @param name      unique, says what is wrong
 * @param service   the service that answers it ({@code PlatformService#serviceName()})
 * @param query     the raw query string, exactly as sent (repeated parameters stay repeated); may be null
 * @param headers   headers as sent; no Content-Type here means none is sent
 * @param body      the body as text (UTF-8), or null
 * @param bodyBase64 the body as bytes, for bodies that are not valid UTF-8; or null
 * @param repeat    a body generated from a repeated unit, for bodies too large to keep; or null
 * @param chunked   send the body without Content-Length (Transfer-Encoding: chunked)
 * @param bigHeader a header of the given size added to the request; or null
 * @param longQuery when above 0, a query parameter {@code padding} of that many letters appended to the query
 * @param role      the caller's realm role ({@code reporter}, {@code reviewer}, {@code admin}, …)
 * @param org       the caller's {@code org_code}
 * @param status    the status it must get
 * @param field     a field or parameter the problem must name in {@code errors[].field}; or null
 */
public record BadInputCase(String name, String service, String method, String path, String query,
        Map<String, String> headers, String body, String bodyBase64, Repeat repeat, boolean chunked,
        BigHeader bigHeader, int longQuery, String role, String org, int status, String field) {

    public BadInputCase {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    /** A body of {@code prefix}, {@code times} copies of {@code unit}, then {@code suffix}. */
    public record Repeat(String prefix, String unit, int times, String suffix) {
    }

    /** A header named {@code name} whose value is {@code bytes} ASCII letters. */
    public record BigHeader(String name, int bytes) {
    }

    @Override
    public String toString() {
        return service + ": " + name;
    }
}
