package cn.fazhi.messaging;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/** How a consumer retries an event; defaults in this module's microprofile-config.properties. */
@ConfigMapping(prefix = "fazhi.delivery")
public interface DeliveryConfig {

    /**
     * Attempts at an event that fails for a reason that will not pass by itself (a bug, data the
     * rule refuses) before it goes to the dead-letter topic. A transient failure (the database
     * away) does not count: it is retried for as long as it lasts.
     */
    int maxAttempts();

    /** Pause after the first failed attempt; doubled after each one. */
    Duration firstBackoff();

    /** Longest pause between two attempts. */
    Duration maxBackoff();
}
