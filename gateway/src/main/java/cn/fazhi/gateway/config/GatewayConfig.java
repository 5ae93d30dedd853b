package cn.fazhi.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

/**
 * Where the services behind the public API listen and how patiently the gateway calls them.
 * Typed so that a missing address or a malformed duration stops the gateway at start.
 */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** Base URL of each service by its name ({@code report-service}, ...), e.g. {@code http://localhost:8081}. */
    Map<String, String> services();

    /** Connecting to a service gives up after this long. */
    @WithDefault("2s")
    Duration connectTimeout();

    /** A service that has not answered after this long is treated as unavailable (503). */
    @WithDefault("15s")
    Duration timeout();

    /** How often a call is tried again after a connection failure, and how long to wait in between. */
    @WithDefault("2")
    int retries();

    @WithDefault("200ms")
    Duration retryDelay();

    /** The {@code Retry-After} a client is told when a service is away. */
    @WithDefault("5")
    int retryAfterSeconds();
}
