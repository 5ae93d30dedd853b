package cn.fazhi.gateway.rest;

import cn.fazhi.common.problem.Problem;
import cn.fazhi.common.problem.ProblemException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The gateway's own answers, as problem+json like every answer of the platform: the routes it
 * serves outside JAX-RS cannot use the services' exception mappers.
 */
@ApplicationScoped
public class ProblemResponses {

    private final ObjectMapper json;

    public ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    public void send(RoutingContext rc, ProblemException problem) {
        HttpServerResponse response = rc.response();
        if (response.headWritten()) {
            response.reset();
            return;
        }
        response.setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(write(problem.toProblem(rc.request().path())));
    }

    private String write(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ProblemException unauthenticated() {
        return new ProblemException(401, "unauthenticated", "未认证", "请在 Authorization 请求头中提供有效的 Bearer 访问令牌");
    }

    static ProblemException forbidden() {
        return new ProblemException(403, "forbidden", "无权执行此操作", "您的角色不允许执行此操作");
    }

    static ProblemException noSuchPath() {
        return new ProblemException(404, "not-found", "资源不存在", "没有这个接口，请查阅 /openapi 中的接口文档");
    }

    static ProblemException methodNotAllowed(String allowed) {
        return new ProblemException(405, "method-not-allowed", "不支持的请求方法", "此接口只支持 " + allowed);
    }

    static ProblemException tooLarge(long maxBytes) {
        return new ProblemException(413, "payload-too-large", "请求体过大", maxBytes > 4L * 1024 * 1024
                ? "上传的请求超过了允许的 " + maxBytes / (1024 * 1024) + " MB；报告文件不能超过 20 MB"
                : "请求体超过了允许的 " + maxBytes / 1024 + " KB；报告正文请控制在200000字以内");
    }

    static ProblemException unavailable(String detail) {
        return new ProblemException(503, "service-unavailable", "服务暂不可用", detail);
    }

    static ProblemException identityProviderDown() {
        return new ProblemException(503, "identity-provider-unavailable", "认证服务暂不可用", "暂时无法校验访问令牌，请稍后重试");
    }

    static ProblemException upstreamError() {
        return new ProblemException(502, "upstream-error", "后端服务出错", "后端服务处理请求时出错，请稍后重试");
    }
}
