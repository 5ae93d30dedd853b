package cn.fazhi.gateway.rest;

import cn.fazhi.gateway.config.WebConfig;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The gateway's part in the pages: their files are static resources of the {@code web} jar
 * (served by Quarkus from META-INF/resources, public: they hold no data), and this adds where the
 * pages log in ({@code /web/config.json}) and sends the bare address to them. Every figure the
 * pages show they fetch from {@code /api/v1} with the person's own token, so they can never show
 * what the API would refuse.
 */
@ApplicationScoped
public class WebPages {

    private final WebConfig config;

    public WebPages(WebConfig config) {
        this.config = config;
    }

    void install(@Observes Router router) {
        String body = new JsonObject()
                .put("authServerUrl", config.authServerUrl().replaceAll("/+$", ""))
                .put("clientId", config.clientId())
                .put("api", "/api/v1")
                .encode();
        router.get("/web/config.json").handler(rc -> rc.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(body));
        // regular expressions: a plain route "/web" would match "/web/" too (Vert.x ignores a trailing slash)
        router.getWithRegex("/(web)?").handler(rc -> rc.redirect("/web/"));
    }
}
