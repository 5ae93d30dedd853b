package cn.fazhi.gateway.client;

import cn.fazhi.api.contract.PlatformService;
import cn.fazhi.gateway.config.GatewayConfig;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Calls a service behind the gateway and owns how patiently: a connect timeout, an answer
 * timeout, and retries. A call that never reached the service (connection refused) is tried
 * again whatever its method; a call that may have reached it only when repeating it is harmless
 * (GET, HEAD). What still fails is an {@link Unavailable} for the caller to turn into a 503.
 */
@ApplicationScoped
public class ServiceClient {

    private static final Logger LOG = Logger.getLogger(ServiceClient.class);
    /** Only reads are repeated after a failure that may have reached the service (a slow PUT may still be running). */
    private static final Set<HttpMethod> REPEATABLE = Set.of(HttpMethod.GET, HttpMethod.HEAD);

    /** The service could not be reached or did not answer in time. */
    public static final class Unavailable extends RuntimeException {
        private final boolean timedOut;

        Unavailable(String message, Throwable cause, boolean timedOut) {
            super(message, cause);
            this.timedOut = timedOut;
        }

        public boolean timedOut() {
            return timedOut;
        }
    }

    private final Vertx vertx;
    private final GatewayConfig config;
    private final HttpClient http;

    public ServiceClient(Vertx vertx, GatewayConfig config) {
        this.vertx = vertx;
        this.config = config;
        this.http = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setKeepAlive(true)
                .setMaxPoolSize(64));
    }

    /** Sends the request to the service; the answer is not read, so the caller can stream it on. */
    public Future<HttpClientResponse> send(PlatformService service, HttpMethod method, String pathAndQuery,
            MultiMap headers, Buffer body) {
        String base = config.services().get(service.serviceName());
        if (base == null) {
            return Future.failedFuture(new IllegalStateException("no address configured for " + service.serviceName()));
        }
        RequestOptions options = new RequestOptions()
                .setConnectTimeout(config.connectTimeout().toMillis())
                .setMethod(method)
                .setAbsoluteURI(base.replaceAll("/+$", "") + pathAndQuery)
                .setHeaders(headers)
                .setIdleTimeout(config.timeout().toMillis());
        try {
            return attempt(options, body, config.retries());
        } catch (RuntimeException e) {
            return Future.failedFuture(e);
        }
    }

    private Future<HttpClientResponse> attempt(RequestOptions options, Buffer body, int retriesLeft) {
        return http.request(options)
                .compose(request -> request.send(body))
                .recover(failure -> {
                    boolean neverArrived = isConnectFailure(failure);
                    if (retriesLeft > 0 && (neverArrived || REPEATABLE.contains(options.getMethod()))) {
                        LOG.debugf("retrying %s %s after %s", options.getMethod(), options.getURI(), failure.toString());
                        return delay().compose(v -> attempt(options, body, retriesLeft - 1));
                    }
                    LOG.warnf("%s %s failed: %s", options.getMethod(), options.getURI(), failure.toString());
                    return Future.failedFuture(new Unavailable(failure.getMessage(), failure, isTimeout(failure)));
                });
    }

    private Future<Void> delay() {
        Promise<Void> promise = Promise.promise();
        vertx.setTimer(Math.max(1, config.retryDelay().toMillis()), id -> promise.complete());
        return promise.future();
    }

    private static boolean isConnectFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof UnknownHostException) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTimeout(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.util.concurrent.TimeoutException || cause.getClass().getSimpleName().contains("Timeout")) {
                return true;
            }
        }
        return false;
    }
}
