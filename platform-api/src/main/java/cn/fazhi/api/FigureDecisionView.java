package cn.fazhi.api;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The clerk's latest decision on an indicator of a version: what, which value, why, from which passage, who, when. */
@Schema(name = "FigureDecision")
public record FigureDecisionView(
        @Schema(example = "CORRECTED", enumeration = {"CONFIRMED", "CORRECTED", "REJECTED", "ADDED"}) String action,
        @Schema(description = "the clerk's value (CORRECTED, ADDED); the engine's for CONFIRMED; null for REJECTED",
                example = "48", nullable = true)
        BigDecimal value,
        @Schema(example = "原文第二段另有2起调解未计入", nullable = true) String reason,
        @Schema(description = "what the engine read when the clerk decided; null: nothing", example = "46",
                nullable = true) BigDecimal engineValue,
        @Schema(description = "the passage the clerk pointed at, with its words", nullable = true) PassageView passage,
        @Schema(description = "true: the figure is the clerk's own statement, not in the text") boolean clerkStated,
        @Schema(example = "clerk-320684104") String actor,
        OffsetDateTime at,
        @Schema(description = "how many decisions on this indicator of this version, this one included", example = "2")
        int revision) {
}
