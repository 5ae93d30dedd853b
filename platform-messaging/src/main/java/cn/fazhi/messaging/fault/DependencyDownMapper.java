package cn.fazhi.messaging.fault;

import cn.fazhi.common.problem.Problem;
import cn.fazhi.common.problem.ProblemMappers;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The database is restarting or unreachable: the request is answered 503 with
 * {@code Retry-After}, never 500, because nothing was stored (its transaction rolled back) and the
 * client may safely send it again. Any other database failure is a fault of ours: 500 with an
 * error id in the log, as for every unexpected exception.
 */
public class DependencyDownMapper {

    private static final Logger LOG = Logger.getLogger(DependencyDownMapper.class);
    static final String RETRY_AFTER_SECONDS = "5";

    /**
     * Any exception no more specific mapper takes: the database's failure arrives wrapped in
     * whatever was between it and the resource (Hibernate's, a failed commit's RollbackException
     * inside ArC's ArcUndeclaredThrowableException, ...), so the cause chain decides.
     */
    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        return answer(e, uri);
    }

    private Response answer(Exception e, UriInfo uri) {
        String path = uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
        if (!TransientFailures.isTransient(e)) {
            return new ProblemMappers().internal(e, uri);
        }
        String errorId = UUID.randomUUID().toString();
        LOG.warnf("database unavailable on %s (%s): %s", path, errorId, e.getMessage());
        Problem problem = new Problem(URI.create(Problem.TYPE_BASE + "service-unavailable"), "服务暂不可用", 503,
                "数据库暂时无法访问，本次请求未保存任何内容，请稍后重试（错误编号 " + errorId + "）", path, List.of());
        return Response.fromResponse(ProblemMappers.respond(problem)).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
    }
}
