package cn.fazhi.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a campaign stands in one region: submitted = onTime + late = inReview + returned + approved +
 * published; missing = expected townships without a report.
 */
@Schema(name = "CompletenessCounts")
public record CompletenessCountsView(
        @Schema(example = "320684") String regionCode,
        @Schema(example = "海门区", nullable = true) String regionName,
        @Schema(description = "townships of the register that existed in the year", example = "12") long expected,
        @Schema(example = "11") long submitted,
        @Schema(description = "first version before the deadline", example = "9") long onTime,
        @Schema(description = "first version after the deadline", example = "2") long late,
        @Schema(description = "latest version under review", example = "3") long inReview,
        @Schema(description = "latest version returned for changes", example = "1") long returned,
        @Schema(description = "approved, not yet published", example = "5") long approved,
        @Schema(example = "2") long published,
        @Schema(example = "1") long missing) {
}
