package cn.fazhi.api;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A re-analysis of stored versions with the engine and catalog running now, and how far it got.
 * {@code done} counts versions handled (rewritten, already current, or failed); versions analyzed
 * before the platform kept their text cannot be analyzed again and are counted apart.
 */
@Schema(name = "Reanalysis")
public record ReanalysisView(
        UUID id,
        @Schema(example = "RUNNING", enumeration = {"RUNNING", "DONE", "CANCELLED"}) String status,
        @Schema(description = "scope: report year, all years when absent", example = "2024") Integer year,
        @Schema(description = "scope: division code, everywhere when absent", example = "3206") String regionCode,
        @Schema(description = "the engine version the versions are brought to", example = "3") String engineVersion,
        @Schema(description = "the catalog version (digest of the indicator catalog)", example = "a41c09e2d7f3")
        String catalogVersion,
        @Schema(description = "versions in scope whose text is held", example = "206760") long total,
        @Schema(example = "51234") long done,
        @Schema(description = "of those done: analyzed again and stored", example = "51230") long rewritten,
        @Schema(description = "of those done: already at this engine and catalog version", example = "0") long alreadyCurrent,
        @Schema(description = "of those done: the engine failed, recorded as failed", example = "0") long failed,
        @Schema(description = "clerks' decisions the new analyses disagree with: flagged, never overwritten (see "
                + "/disagreements)", example = "3") long disagreements,
        @Schema(description = "versions in scope without a held text (analyzed before texts were kept)", example = "0")
        long withoutText,
        @Schema(description = "versions per second since the start", example = "812.5") double ratePerSecond,
        @Schema(description = "seconds left at that rate; absent when finished or not yet known", example = "191")
        Long etaSeconds,
        @Schema(example = "admin") String startedBy,
        OffsetDateTime startedAt,
        OffsetDateTime finishedAt) {
}
