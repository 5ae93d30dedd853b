package cn.fazhi.messaging;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/** How the outbox relay paces itself; defaults in this module's microprofile-config.properties. */
@ConfigMapping(prefix = "fazhi.outbox")
public interface OutboxConfig {

    /** Pause between two relay passes. */
    Duration interval();

    /** Pause before the first pass after start-up. */
    Duration startDelay();

    /** Most events sent in one pass. */
    int batchSize();

    /** How long one pass waits for the broker to acknowledge its batch. */
    Duration sendTimeout();

    /** How long published events are kept for inspection before they are deleted. */
    Duration retention();
}
