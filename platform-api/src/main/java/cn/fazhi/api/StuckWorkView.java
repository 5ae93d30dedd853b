package cn.fazhi.api;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A report version whose next step has not happened for longer than it should. */
@Schema(name = "StuckWork")
public record StuckWorkView(
        UUID reportId,
        @Schema(example = "1") int version,
        @Schema(example = "320614108") String townshipCode,
        @Schema(example = "2024") int year,
        @Schema(description = "what is missing", example = "NO_ANALYSIS",
                enumeration = {"NO_ANALYSIS", "AWAITING_ANALYSIS", "AWAITING_SUBMISSION"}) String waitingFor,
        @Schema(description = "since when") OffsetDateTime since) {
}
