package cn.fazhi.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the analysis read out of one report version. */
@Schema(name = "Analysis")
public record AnalysisView(
        UUID reportId,
        @Schema(example = "1") int version,
        @Schema(example = "320684104") String townshipCode,
        @Schema(example = "2024") int year,
        @Schema(description = "version of the rules that produced this analysis", example = "1") String engineVersion,
        OffsetDateTime analyzedAt,
        List<MentionView> mentions,
        List<FindingView> findings) {
}
