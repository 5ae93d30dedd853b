package cn.fazhi.events;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A township's clerk decided on one indicator of a submitted version (metrics-service, which owns
 * the figures): announced in the transaction that stores the decision, so the report's history
 * (review-service) shows every decision without asking metrics-service.
 *
 * @param code        the catalogued indicator, e.g. {@code disputes.received}
 * @param name        its name in the catalog, for the history's wording
 * @param engineValue what the engine read, or {@code null} when it read nothing for this indicator
 * @param value       the figure the clerk gives (CORRECTED, ADDED; the engine's for CONFIRMED);
 *                    {@code null} for REJECTED
 * @param unit        the unit family of both values
 * @param reason      why (required for CORRECTED and REJECTED), or {@code null}
 * @param start       the passage the clerk pointed at, or {@code null}
 * @param end         the end of that passage, or {@code null}
 * @param clerkStated the figure is the clerk's own statement, not in the text
 * @param actor       who decided (the token's user)
 * @param revision    the how-manyth decision on this indicator of this version (1, 2, …)
 */
public record FigureDecided(
        UUID reportId,
        int version,
        String townshipCode,
        String code,
        String name,
        Action action,
        @Nullable BigDecimal engineValue,
        @Nullable BigDecimal value,
        String unit,
        @Nullable String reason,
        @Nullable Integer start,
        @Nullable Integer end,
        boolean clerkStated,
        String actor,
        int revision,
        OffsetDateTime decidedAt) {

    /** What the clerk decided about the figure. */
    public enum Action {
        /** The engine's figure is right. */
        CONFIRMED,
        /** The engine read the right figure with the wrong value. */
        CORRECTED,
        /** What the engine read is no figure of this indicator. */
        REJECTED,
        /** The engine missed a figure the report states (or the clerk states). */
        ADDED
    }
}
