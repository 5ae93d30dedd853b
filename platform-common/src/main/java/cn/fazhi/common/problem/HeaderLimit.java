package cn.fazhi.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses oversized request headers with a 431 problem+json, and an oversized address with a 414.
 * Vert.x answers either over its own limit ({@code quarkus.http.limits.max-header-size},
 * {@code max-initial-line-length}) before any handler runs, with an empty body; so those are set
 * well above the platform's ({@code platform.http.max-header-size}, {@code max-uri-length}), and
 * the platform's are enforced here, first of all routes, where the answer can explain itself.
 */
@ApplicationScoped
public class HeaderLimit {

    private final long maxBytes;
    private final int maxUriLength;
    private final ObjectMapper json;

    public HeaderLimit(@ConfigProperty(name = "platform.http.max-header-size") MemorySize max,
            @ConfigProperty(name = "platform.http.max-uri-length") int maxUriLength, ObjectMapper json) {
        this.maxBytes = max.asLongValue();
        this.maxUriLength = maxUriLength;
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        if (ctx.request().uri().length() > maxUriLength) {
            refuse(ctx, new ProblemException(414, "uri-too-long", "请求地址过长",
                    "请求地址（含查询参数）超过了允许的 " + maxUriLength + " 个字符"));
            return;
        }
        long size = 0;
        for (Map.Entry<String, String> header : ctx.request().headers()) {
            size += header.getKey().length() + header.getValue().length() + 4;
        }
        if (size > maxBytes) {
            refuse(ctx, new ProblemException(431, "header-fields-too-large", "请求头过大",
                    "请求头共约 " + size / 1024 + " KB，超过了允许的 " + maxBytes / 1024 + " KB"));
            return;
        }
        ctx.next();
    }

    private void refuse(RoutingContext ctx, ProblemException refusal) {
        ctx.response().setStatusCode(refusal.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(write(refusal.toProblem(ctx.request().path())));
    }

    private String write(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
