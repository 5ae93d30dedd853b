package cn.fazhi.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * What the pages (module {@code web}) need to know to log a person in: the realm as the browser
 * reaches it and the public client they log in with. Served at {@code /web/config.json}, so the
 * pages carry no address of their own and work on whatever ports the platform was started.
 */
@ConfigMapping(prefix = "gateway.web")
public interface WebConfig {

    /** The realm's URL as the browser reaches it; by default the one the gateway checks tokens against. */
    @WithDefault("${quarkus.oidc.auth-server-url}")
    String authServerUrl();

    /** The realm's public client of the pages (authorization code with PKCE). */
    @WithDefault("fazhi-web")
    String clientId();
}
