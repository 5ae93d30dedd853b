package cn.fazhi.gateway.client;

import cn.fazhi.common.problem.Problem;
import cn.fazhi.common.problem.ProblemException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;
import org.jboss.logging.Logger;

/**
 * A service's error answer becomes the gateway's: a 4xx problem+json is relayed as it is (the
 * service owns the rule and the Chinese text), a 5xx becomes a 502 that hides internals.
 */
public class DownstreamProblems implements ResponseExceptionMapper<RuntimeException> {

    private static final Logger LOG = Logger.getLogger(DownstreamProblems.class);

    @Override
    public RuntimeException toThrowable(Response response) {
        int status = response.getStatus();
        if (status >= 500) {
            LOG.warnf("downstream answered %d", status);
            return new ProblemException(502, "upstream-error", "后端服务出错", "后端服务处理请求时出错，请稍后重试");
        }
        try {
            Problem problem = response.readEntity(Problem.class);
            if (problem != null && problem.status() == status) {
                return ProblemException.relay(problem);
            }
        } catch (RuntimeException unreadable) {
            LOG.debugf("downstream %d without a problem body", status);
        }
        return new ProblemException(status, "http-" + status, "请求无法处理", "后端服务拒绝了请求（HTTP " + status + "）");
    }
}
