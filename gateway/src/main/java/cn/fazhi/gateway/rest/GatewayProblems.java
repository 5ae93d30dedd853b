package cn.fazhi.gateway.rest;

import cn.fazhi.common.problem.Problem;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The gateway's fallback: a service that cannot be reached, after the retries, is a 503 problem. */
public class GatewayProblems {

    private static final Logger LOG = Logger.getLogger(GatewayProblems.class);

    @ServerExceptionMapper
    public Response unreachable(ProcessingException e, UriInfo uri) {
        LOG.warnf("downstream unreachable for %s: %s", uri.getPath(), e.getMessage());
        return unavailable(uri, "后端服务暂时无法连接，请稍后重试");
    }

    @ServerExceptionMapper
    public Response tooSlow(TimeoutException e, UriInfo uri) {
        LOG.warnf("downstream too slow for %s", uri.getPath());
        return unavailable(uri, "后端服务响应超时，请稍后重试");
    }

    private static Response unavailable(UriInfo uri, String detail) {
        Problem problem = new Problem(URI.create(Problem.TYPE_BASE + "service-unavailable"), "服务暂不可用", 503, detail,
                "/" + uri.getPath().replaceFirst("^/", ""), List.of());
        return Response.status(503).type(Problem.MEDIA_TYPE).header(HttpHeaders.RETRY_AFTER, "5").entity(problem).build();
    }
}
