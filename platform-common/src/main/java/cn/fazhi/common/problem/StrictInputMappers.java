package cn.fazhi.common.problem;

import cn.fazhi.common.json.UnsafeTextException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The answers to JSON that is refused for what it carries rather than for its shape: text the
 * platform cannot keep, and a key given twice. Kept apart from {@link ProblemMappers} so that each
 * names the field in Chinese; the more specific exception type wins over the mappers there.
 */
public class StrictInputMappers {

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']*)'");

    @ServerExceptionMapper
    public Response unsafeText(UnsafeTextException e, UriInfo uri) {
        String field = jsonPath(e);
        String message = "字段 " + field + " " + e.flaw().message();
        return ProblemMappers.respond(new ProblemException(400, "invalid-text", "请求内容不符合要求", message,
                List.of(new Problem.FieldError(field, e.flaw().message()))).toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response unparseable(StreamReadException e, UriInfo uri) {
        return ProblemMappers.respond(unreadable(e).toProblem(path(uri)));
    }

    /**
     * The problem with a body the JSON parser gave up on; the REST layer hands such a failure over
     * wrapped in a plain 400 {@code WebApplicationException}, whose mapper asks here first. A key
     * given twice and a number too large for its field are named; anything else is malformed JSON.
     */
    public static ProblemException unreadable(StreamReadException e) {
        return unreadable(e, currentField(e));
    }

    /** A field that failed for a reason of the parser's (its number too large): the path names it. */
    public static ProblemException unreadable(JsonMappingException e) {
        String field = jsonPath(e);
        if (e.getCause() instanceof StreamReadException cause) {
            return unreadable(cause, field.isEmpty() ? currentField(cause) : field);
        }
        if (field.isEmpty()) {
            return unreadable(null, null);
        }
        return new ProblemException(400, "malformed-json", "请求体不是有效的JSON", "字段 " + field + " 的值无法读取",
                List.of(new Problem.FieldError(field, "字段的值无法读取")));
    }

    private static ProblemException unreadable(StreamReadException e, String field) {
        Matcher duplicate = DUPLICATE.matcher(e == null ? "" : String.valueOf(e.getOriginalMessage()));
        if (duplicate.find()) {
            String duplicated = duplicate.group(1);
            return new ProblemException(400, "malformed-json", "请求体不是有效的JSON", "字段 " + duplicated + " 出现了不止一次",
                    List.of(new Problem.FieldError(duplicated, "同一字段只能出现一次")));
        }
        if (e instanceof InputCoercionException && field != null) {
            return new ProblemException(400, "malformed-json", "请求体不是有效的JSON", "字段 " + field + " 的数值超出范围",
                    List.of(new Problem.FieldError(field, "数值超出范围")));
        }
        return new ProblemException(400, "malformed-json", "请求体不是有效的JSON",
                "无法解析请求体：请发送 Content-Type 为 application/json 的有效JSON");
    }

    private static String currentField(StreamReadException e) {
        JsonParser parser = e.getProcessor();
        if (parser != null && parser.getParsingContext() != null) {
            return parser.getParsingContext().getCurrentName();
        }
        return null;
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    private static String jsonPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }
}
