package cn.fazhi.api;

import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A township's figure that counts, linked to the report, version and passage it came from. */
@Schema(name = "TownshipFigure")
public record TownshipFigureView(
        @Schema(description = "in a ranking: 1 + the number of townships ranked strictly before (ties share a rank)",
                example = "2", nullable = true) Integer rank,
        @Schema(example = "320684104") String townshipCode,
        @Schema(example = "包场镇", nullable = true) String townshipName,
        @Schema(example = "disputes.received") String indicator,
        @Schema(example = "2024") int year,
        @Schema(example = "46") BigDecimal value,
        @Schema(description = "CLERK: confirmed, corrected or added by the clerk; ENGINE: the engine's reading, "
                + "unconfirmed", example = "CLERK", enumeration = {"CLERK", "ENGINE"}) String source,
        @Schema(description = "the clerk's own statement, not in the text") boolean clerkStated,
        UUID reportId,
        @Schema(example = "2") int version,
        @Schema(description = "the passage of the version's text the figure rests on; null for a clerk's statement",
                nullable = true) SpanView evidence) {
}
