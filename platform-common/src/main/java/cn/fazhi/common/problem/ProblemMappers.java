package cn.fazhi.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every exception that reaches the REST layer into problem+json.
 *
 * <p>Clients get a 4xx with a Chinese explanation for anything they can fix; only our own faults
 * become a 500, and those never leak internals: the body carries an error id that is also logged.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response business(ProblemException e, UriInfo uri) {
        return respond(e.toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(Problem.FieldError::message).distinct().collect(Collectors.joining("；"));
        return respond(problem(400, "validation", "请求内容不符合要求", detail, uri, errors));
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        String field = e.getPropertyName();
        return respond(problem(400, "validation", "请求内容不符合要求", "不认识的字段：" + field, uri,
                List.of(new Problem.FieldError(field, "不认识的字段，请检查拼写"))));
    }

    @ServerExceptionMapper
    public Response wrongType(InvalidFormatException e, UriInfo uri) {
        return mismatched(e, uri);
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        String field = jsonPath(e);
        String message = field.isEmpty() ? "请求体必须是一个JSON对象" : "字段类型不正确";
        List<Problem.FieldError> errors = field.isEmpty() ? List.of() : List.of(new Problem.FieldError(field, message));
        return respond(problem(400, "malformed-json", "请求体不是有效的JSON", message, uri, errors));
    }

    @ServerExceptionMapper
    public Response malformed(JsonProcessingException e, UriInfo uri) {
        return respond(problem(400, "malformed-json", "请求体不是有效的JSON",
                "无法解析请求体：请发送 Content-Type 为 application/json 的有效JSON", uri, List.of()));
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return unauthorized(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthorized(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(problem(403, "forbidden", "无权执行此操作", "您的角色或所属地区不允许执行此操作", uri, List.of()));
    }

    /** The identity provider is unreachable: not the caller's fault, and worth a retry. */
    @ServerExceptionMapper
    public Response identityProviderDown(OIDCException e, UriInfo uri) {
        LOG.warnf("identity provider unavailable on %s: %s", path(uri), e.getMessage());
        return Response.fromResponse(respond(problem(503, "identity-provider-unavailable", "认证服务暂不可用",
                "暂时无法校验访问令牌，请稍后重试", uri, List.of()))).header(HttpHeaders.RETRY_AFTER, "5").build();
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof com.fasterxml.jackson.core.exc.StreamReadException unreadable) {
            return respond(StrictInputMappers.unreadable(unreadable).toProblem(path(uri)));
        }
        if (e.getCause() instanceof JsonMappingException unreadable) {
            return respond(StrictInputMappers.unreadable(unreadable).toProblem(path(uri)));
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return internal(e, uri);
        }
        return respond(problem(status, "http-" + status, HttpTitles.of(status), HttpTitles.detailOf(status), uri, List.of()));
    }

    @ServerExceptionMapper
    public Response internal(Throwable e, UriInfo uri) {
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "unhandled error %s on %s", errorId, path(uri));
        return respond(problem(500, "internal", "服务器内部错误", "服务器处理请求时出错，错误编号 " + errorId, uri, List.of()));
    }

    private Response unauthorized(UriInfo uri) {
        return Response.fromResponse(respond(problem(401, "unauthenticated", "未认证",
                        "请在 Authorization 请求头中提供有效的 Bearer 访问令牌", uri, List.of())))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    /** A problem as an HTTP answer: its status, problem+json, the problem as body. */
    public static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static Problem problem(int status, String slug, String title, String detail, UriInfo uri,
            List<Problem.FieldError> errors) {
        return new Problem(URI.create(Problem.TYPE_BASE + slug), title, status, detail, path(uri), errors);
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    /** {@code submit.arg0.townshipCode} becomes {@code townshipCode}. */
    private static String field(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.");
        return parts.length <= 2 ? parts[parts.length - 1] : String.join(".", List.of(parts).subList(2, parts.length));
    }

    private static String jsonPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }
}
