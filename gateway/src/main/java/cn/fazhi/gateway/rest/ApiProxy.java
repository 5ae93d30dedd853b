package cn.fazhi.gateway.rest;

import cn.fazhi.common.problem.ProblemException;
import cn.fazhi.gateway.client.ServiceClient;
import cn.fazhi.gateway.config.GatewayConfig;
import cn.fazhi.gateway.service.RouteTable;
import cn.fazhi.gateway.service.RouteTable.Found;
import cn.fazhi.gateway.service.RouteTable.MethodNotAllowed;
import cn.fazhi.gateway.service.RouteTable.Operation;
import io.quarkus.oidc.OIDCException;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The public API under {@code /api/v1}: for each request, finds the operation in the
 * {@link RouteTable}, checks the caller's token and role against what the contract declares, and
 * forwards the request with the caller's own token to the service that implements it.
 *
 * <p>The gateway adds only what belongs to the edge: authentication, the role check (the services
 * check roles and {@code org_code} scope again against the data they own), the body limit (larger
 * for an operation that takes a filed document as {@code multipart/form-data}),
 * retries and a 503 with {@code Retry-After} while a service is away, a {@code Location} that
 * points at the gateway, and a 502 that hides a service's internal error. Validation and every
 * business rule answer from the service, problem+json relayed as it is.
 */
@ApplicationScoped
public class ApiProxy {

    private static final Logger LOG = Logger.getLogger(ApiProxy.class);
    /** Headers that concern one connection, not the request: never forwarded (RFC 9110 §7.6.1). */
    private static final Set<String> HOP_BY_HOP = caseInsensitive("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "host", "expect", "content-length");

    private final RouteTable routes;
    private final ServiceClient services;
    private final ProblemResponses problems;
    private final GatewayConfig config;
    private final long maxBodyBytes;
    private final long maxUploadBytes;

    public ApiProxy(RouteTable routes, ServiceClient services, ProblemResponses problems, GatewayConfig config,
            @ConfigProperty(name = "platform.http.max-body-size") MemorySize maxBody,
            @ConfigProperty(name = "platform.http.max-upload-size") MemorySize maxUpload) {
        this.routes = routes;
        this.services = services;
        this.problems = problems;
        this.config = config;
        this.maxBodyBytes = maxBody.asLongValue();
        this.maxUploadBytes = Math.max(maxBodyBytes, maxUpload.asLongValue());
    }

    void install(@Observes Router router) {
        router.route("/api/v1/*").handler(this::handle);
    }

    void handle(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        request.pause();
        RouteTable.Resolution resolution = routes.resolve(request.method().name(), request.path());
        if (resolution instanceof Found found) {
            authenticate(rc).subscribe().with(
                    identity -> guarded(rc, () -> authorize(rc, found.operation(), identity)),
                    failure -> guarded(rc, () -> refuseIdentity(rc, failure)));
        } else if (resolution instanceof MethodNotAllowed refused) {
            rc.response().putHeader(HttpHeaders.ALLOW, String.join(", ", refused.allowed()));
            refuse(rc, ProblemResponses.methodNotAllowed(String.join("、", refused.allowed())));
        } else {
            refuse(rc, ProblemResponses.noSuchPath());
        }
    }

    /**
     * An answer before the body was read: the connection is closed after it, so an unread body
     * cannot stall it, and the answer says so ({@code Connection: close}), so that the client does
     * not send its next request on a connection about to close.
     */
    private void refuse(RoutingContext rc, ProblemException problem) {
        HttpServerRequest request = rc.request();
        boolean unreadBody = request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null
                || (request.getHeader(HttpHeaders.CONTENT_LENGTH) != null
                        && !"0".equals(request.getHeader(HttpHeaders.CONTENT_LENGTH).trim()));
        if (unreadBody) {
            rc.response().putHeader(HttpHeaders.CONNECTION, "close");
            rc.response().endHandler(ended -> closeOnceDrained(rc));
        }
        problems.send(rc, problem);
    }

    /**
     * Closes a refused request's connection once the client has finished sending (its body is read
     * and dropped), or after a short grace. Closed at once, the unread bytes make the kernel reset
     * the connection, and a reset can reach the client before it has read the refusal.
     */
    private static void closeOnceDrained(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        if (request.isEnded()) {
            request.connection().close();
            return;
        }
        long grace = rc.vertx().setTimer(2000, fired -> request.connection().close());
        request.handler(dropped -> {
        });
        request.endHandler(end -> {
            rc.vertx().cancelTimer(grace);
            request.connection().close();
        });
        request.resume();
    }

    /** Whatever goes wrong inside a callback still answers the client instead of leaving it waiting. */
    private void guarded(RoutingContext rc, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            LOG.errorf(e, "cannot handle %s", rc.request().path());
            if (rc.response().headWritten()) {
                rc.response().reset();
            } else {
                refuse(rc, ProblemResponses.upstreamError());
            }
        }
    }

    private static Uni<SecurityIdentity> authenticate(RoutingContext rc) {
        Uni<SecurityIdentity> deferred = rc.get(QuarkusHttpUser.DEFERRED_IDENTITY_KEY);
        return deferred == null ? Uni.createFrom().nullItem() : deferred;
    }

    private void authorize(RoutingContext rc, Operation operation, SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            rc.response().putHeader("WWW-Authenticate", "Bearer");
            refuse(rc, ProblemResponses.unauthenticated());
        } else if (Collections.disjoint(identity.getRoles(), operation.roles())) {
            refuse(rc, ProblemResponses.forbidden());
        } else {
            long limit = operation.upload() ? maxUploadBytes : maxBodyBytes;
            String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && declaredLength(length) > limit) {
                refuse(rc, ProblemResponses.tooLarge(limit));
            } else {
                readBody(rc, limit, body -> forward(rc, operation, body));
            }
        }
    }

    /**
     * The body's declared length. platform-common's BodyLimit has already refused one past the
     * larger (upload) limit; an upload-sized body sent to an operation that takes JSON is refused here.
     */
    private static long declaredLength(String length) {
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private void refuseIdentity(RoutingContext rc, Throwable failure) {
        if (failure instanceof AuthenticationFailedException) {
            rc.response().putHeader("WWW-Authenticate", "Bearer");
            refuse(rc, ProblemResponses.unauthenticated());
        } else {
            LOG.warnf("cannot verify the token on %s: %s", rc.request().path(), failure.toString());
            rc.response().putHeader(HttpHeaders.RETRY_AFTER, Integer.toString(config.retryAfterSeconds()));
            refuse(rc, failure instanceof OIDCException ? ProblemResponses.identityProviderDown()
                    : ProblemResponses.unavailable("暂时无法校验访问令牌，请稍后重试"));
        }
    }

    /** Reads the whole body, refusing it as soon as it passes the limit (a chunked body has no length to check first). */
    private void readBody(RoutingContext rc, long limit, java.util.function.Consumer<Buffer> then) {
        HttpServerRequest request = rc.request();
        Buffer body = Buffer.buffer();
        request.handler(chunk -> {
            if (rc.response().ended()) {
                return;
            }
            body.appendBuffer(chunk);
            if (body.length() > limit) {
                refuse(rc, ProblemResponses.tooLarge(limit));
            }
        });
        request.endHandler(end -> {
            if (!rc.response().ended()) {
                guarded(rc, () -> then.accept(body));
            }
        });
        if ("100-continue".equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT))) {
            rc.response().writeContinue();
        }
        request.resume();
    }

    private void forward(RoutingContext rc, Operation operation, Buffer body) {
        HttpServerRequest request = rc.request();
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        request.headers().forEach(header -> {
            if (!HOP_BY_HOP.contains(header.getKey())) {
                headers.add(header.getKey(), header.getValue());
            }
        });
        String target = request.path() + (request.query() == null ? "" : "?" + request.query());
        services.send(operation.service(), request.method(), target, headers, body)
                .onSuccess(answer -> guarded(rc, () -> relay(rc, answer)))
                .onFailure(failure -> guarded(rc, () -> unavailable(rc, failure)));
    }

    private void relay(RoutingContext rc, HttpClientResponse answer) {
        HttpServerResponse response = rc.response();
        int status = answer.statusCode();
        if (status >= 500 && status != 503) {
            LOG.warnf("%s answered %d for %s", answer.request().getURI(), status, rc.request().path());
            answer.body().onComplete(ignored -> problems.send(rc, ProblemResponses.upstreamError()));
            return;
        }
        response.setStatusCode(status);
        answer.headers().forEach(header -> {
            if (!HOP_BY_HOP.contains(header.getKey())) {
                response.headers().add(header.getKey(), header.getValue());
            }
        });
        String location = answer.getHeader(HttpHeaders.LOCATION);
        if (location != null) {
            response.putHeader(HttpHeaders.LOCATION, publicLocation(rc, location));
        }
        String length = answer.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            response.putHeader(HttpHeaders.CONTENT_LENGTH, length);
        } else {
            response.setChunked(true);
        }
        answer.pipe().endOnFailure(false).to(response).onFailure(failure -> {
            LOG.warnf("answer to %s cut short: %s", rc.request().path(), failure);
            response.reset();
        });
    }

    /** A service's {@code Location} names the service's own address; the client must see the gateway's. */
    private static String publicLocation(RoutingContext rc, String location) {
        try {
            URI target = URI.create(location);
            String path = target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
            String self = rc.request().absoluteURI();
            if (self == null) {
                return path;
            }
            URI gateway = URI.create(self);
            return gateway.getScheme() + "://" + gateway.getRawAuthority() + path;
        } catch (IllegalArgumentException unparseable) {
            return location;
        }
    }

    private void unavailable(RoutingContext rc, Throwable failure) {
        boolean timedOut = failure instanceof ServiceClient.Unavailable unavailable && unavailable.timedOut();
        if (!(failure instanceof ServiceClient.Unavailable)) {
            LOG.errorf(failure, "cannot forward %s", rc.request().path());
        }
        rc.response().putHeader(HttpHeaders.RETRY_AFTER, Integer.toString(config.retryAfterSeconds()));
        problems.send(rc, ProblemResponses.unavailable(timedOut ? "后端服务响应超时，请稍后重试" : "后端服务暂时无法连接，请稍后重试"));
    }

    private static Set<String> caseInsensitive(String... names) {
        Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        Collections.addAll(set, names);
        return set;
    }
}
