package cn.fazhi.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses an oversized body from its Content-Length, before a byte of it is read, with a 413
 * problem+json (Vert.x's own limit answers with an empty body). A client that sends
 * {@code Expect: 100-continue} learns this without uploading anything.
 *
 * <p>A body sent chunked has no length to check first: it is read here, up to the limit, and
 * refused with the same 413 problem+json as soon as it passes it (the REST layer then reads the
 * body from memory). The gateway streams bodies itself and refuses them the same way, so it
 * turns this off ({@code platform.http.buffer-chunked-bodies=false}).
 *
 * <p>A {@code multipart/form-data} body (a filed report) may be up to {@code platform.http.max-upload-size};
 * every other body up to {@code platform.http.max-body-size}. A chunked upload is left to the REST
 * layer's own multipart reading, which stops at Vert.x's limit (the upload size) and fails the
 * route with 413, answered here as problem+json.
 */
@ApplicationScoped
public class BodyLimit {

    private final long maxBytes;
    private final long maxUploadBytes;
    private final ObjectMapper json;
    private final BodyHandler chunkedBodies;

    public BodyLimit(@ConfigProperty(name = "platform.http.max-body-size") MemorySize max,
            @ConfigProperty(name = "platform.http.max-upload-size") MemorySize maxUpload, ObjectMapper json,
            @ConfigProperty(name = "platform.http.buffer-chunked-bodies", defaultValue = "true") boolean bufferChunked) {
        this.maxBytes = max.asLongValue();
        this.maxUploadBytes = Math.max(maxBytes, maxUpload.asLongValue());
        this.json = json;
        this.chunkedBodies = bufferChunked
                ? BodyHandler.create(false).setBodyLimit(maxBytes).setMergeFormAttributes(false)
                : null;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check).failureHandler(this::chunkedTooLarge);
    }

    private void check(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        boolean upload = isUpload(ctx);
        if (length == null && chunkedBodies != null && !upload
                && ctx.request().getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
            chunkedBodies.handle(ctx);
            return;
        }
        if (length != null && exceeds(length, upload ? maxUploadBytes : maxBytes)) {
            refuse(ctx);
            return;
        }
        ctx.next();
    }

    /** A multipart/form-data body: a filed document, which may be larger than any JSON body. */
    public static boolean isUpload(RoutingContext ctx) {
        String type = ctx.request().getHeader(HttpHeaders.CONTENT_TYPE);
        return type != null && type.trim().toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data");
    }

    /** The body handler fails the route with 413 once a chunked body passes the limit. */
    private void chunkedTooLarge(RoutingContext ctx) {
        if (ctx.statusCode() == 413 && !ctx.response().headWritten()) {
            refuse(ctx);
        } else {
            ctx.next();
        }
    }

    private void refuse(RoutingContext ctx) {
        String detail = isUpload(ctx) && maxUploadBytes > maxBytes
                ? "上传的请求超过了允许的 " + maxUploadBytes / (1024 * 1024) + " MB；报告文件不能超过 20 MB"
                : "请求体超过了允许的 " + maxBytes / 1024 + " KB；报告正文请控制在200000字以内";
        Problem problem = new ProblemException(413, "payload-too-large", "请求体过大", detail).toProblem(ctx.request().path());
        ctx.response().setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(write(problem)).onComplete(sent -> closeOnceDrained(ctx));
    }

    /**
     * Closes the refused request's connection once the client has finished sending (the rest of
     * the body is read and dropped), or after a short grace: closed at once, the unread bytes make
     * the kernel reset the connection, and the reset can reach the client before the refusal
     * (the gateway's ApiProxy does the same).
     */
    private static void closeOnceDrained(RoutingContext ctx) {
        var request = ctx.request();
        if (request.isEnded()) {
            request.connection().close();
            return;
        }
        long grace = ctx.vertx().setTimer(2000, fired -> request.connection().close());
        request.handler(dropped -> {
        });
        request.endHandler(end -> {
            ctx.vertx().cancelTimer(grace);
            request.connection().close();
        });
        request.resume();
    }

    private static boolean exceeds(String length, long limit) {
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private String write(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
