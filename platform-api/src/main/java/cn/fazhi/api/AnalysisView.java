package cn.fazhi.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The stored analysis of one report version: which version it is, whether its figures are official,
 * and the {@link DraftAnalysisView} of its text field for field.
 */
@Schema(name = "StoredAnalysis")
public record AnalysisView(
        @Schema(example = "6f1c2a7e-3b59-4a53-9d55-2f0e8f6a9c11") UUID reportId,
        @Schema(example = "1") int version,
        @Schema(example = "320684104") String townshipCode,
        @Schema(example = "2024") int year,
        OffsetDateTime analyzedAt,
        @Schema(description = "true for the report's approved version: its indicators are the official figures")
        boolean official,
        @Schema(description = "version of the rules that produced this analysis", example = "2") String engineVersion,
        @Schema(description = "title, and the year and township the title names") ReportMetadataView metadata,
        @Schema(description = "heading tree: 一、 → （一） → 1. → 一是, each mapped to a mandated section or none")
        List<HeadingView> outline,
        @Schema(description = "which mandated sections have a heading") List<SectionStatusView> sections,
        @Schema(description = "every quantity stated") List<MentionView> mentions,
        @Schema(description = "catalogued questions answered, with evidence") List<IndicatorView> indicators,
        @Schema(description = "what a reviewer should look at") List<FindingView> findings) {

    public static AnalysisView of(UUID reportId, int version, String townshipCode, int year, OffsetDateTime analyzedAt,
            boolean official, DraftAnalysisView analysis) {
        return new AnalysisView(reportId, version, townshipCode, year, analyzedAt, official, analysis.engineVersion(),
                analysis.metadata(), analysis.outline(), analysis.sections(), analysis.mentions(), analysis.indicators(),
                analysis.findings());
    }
}
