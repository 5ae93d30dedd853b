package cn.fazhi.messaging;

import java.time.Duration;

/**
 * The pause between two attempts of a retry loop: it doubles after each pause up to a ceiling.
 * One per loop (not thread-safe); shared by the consumers' deliveries and the dead-letter intake.
 */
public final class Backoff {

    private final Duration max;
    private Duration current;

    public Backoff(Duration first, Duration max) {
        this.current = first;
        this.max = max;
    }

    /** The pause the next {@link #pause()} takes. */
    public Duration current() {
        return current;
    }

    /** Sleeps for the current pause, then doubles it (up to the ceiling); false if interrupted. */
    public boolean pause() {
        try {
            Thread.sleep(current.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        Duration doubled = current.multipliedBy(2);
        current = doubled.compareTo(max) > 0 ? max : doubled;
        return true;
    }
}
