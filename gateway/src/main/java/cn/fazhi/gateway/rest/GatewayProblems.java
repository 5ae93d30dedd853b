package cn.fazhi.gateway.rest;

import cn.fazhi.common.problem.ProblemException;
import cn.fazhi.common.problem.ProblemMappers;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The gateway's fallback: a service that cannot be reached, after the retries, is a 503 problem. */
public class GatewayProblems {

    private static final Logger LOG = Logger.getLogger(GatewayProblems.class);

    /** Cannot connect (503, worth a retry), or connected but the answer is unreadable (502, our fault). */
    @ServerExceptionMapper
    public Response unreachable(ProcessingException e, UriInfo uri) {
        if (!isConnectionFailure(e)) {
            LOG.errorf(e, "unreadable answer from downstream for %s", uri.getPath());
            return problem(502, "upstream-error", "后端服务出错", "后端服务的回答无法处理", uri);
        }
        LOG.warnf("downstream unreachable for %s: %s", uri.getPath(), e.getMessage());
        return unavailable(uri, "后端服务暂时无法连接，请稍后重试");
    }

    private static boolean isConnectionFailure(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.net.ConnectException || cause instanceof java.net.UnknownHostException
                    || cause instanceof java.net.SocketException || cause instanceof java.net.SocketTimeoutException
                    || cause instanceof java.util.concurrent.TimeoutException) {
                return true;
            }
        }
        return false;
    }

    @ServerExceptionMapper
    public Response tooSlow(TimeoutException e, UriInfo uri) {
        LOG.warnf("downstream too slow for %s", uri.getPath());
        return unavailable(uri, "后端服务响应超时，请稍后重试");
    }

    private static Response unavailable(UriInfo uri, String detail) {
        return Response.fromResponse(problem(503, "service-unavailable", "服务暂不可用", detail, uri))
                .header(HttpHeaders.RETRY_AFTER, "5").build();
    }

    private static Response problem(int status, String slug, String title, String detail, UriInfo uri) {
        return ProblemMappers.respond(new ProblemException(status, slug, title, detail)
                .toProblem("/" + uri.getPath().replaceFirst("^/", "")));
    }
}
