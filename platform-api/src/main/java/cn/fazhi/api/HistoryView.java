package cn.fazhi.api;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One step of a report's history: who, when, what, from which state to which, why. A clerk's
 * decision on a figure (FIGURE_*) changes no state: its reason says which indicator, which values, why.
 */
@Schema(name = "HistoryEntry")
public record HistoryView(@Schema(example = "1") int version, String actor,
        @Schema(example = "RETURNED", enumeration = {"SUBMITTED", "ANALYZED", "REANALYZED", "COMMENTED", "RETURNED", "APPROVED",
                "PUBLISHED", "SUPERSEDED", "FIGURE_CONFIRMED", "FIGURE_CORRECTED", "FIGURE_REJECTED", "FIGURE_ADDED"})
        String action,
        String fromStatus, String toStatus, String reason, OffsetDateTime at) {
}
