package cn.fazhi.api;

import cn.fazhi.analysis.Finding;
import cn.fazhi.analysis.Heading;
import cn.fazhi.analysis.Indicator;
import cn.fazhi.analysis.Mention;
import cn.fazhi.analysis.ReportAnalysis;
import cn.fazhi.analysis.ReportMetadata;
import cn.fazhi.analysis.SectionStatus;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The stored analysis of one report version: which version it is, and the engine's
 * {@link ReportAnalysis} field for field (the same JSON as {@code POST /analysis} and the command line).
 */
@Schema(name = "StoredAnalysis")
public record AnalysisView(
        UUID reportId,
        @Schema(example = "1") int version,
        @Schema(example = "320684104") String townshipCode,
        @Schema(example = "2024") int year,
        OffsetDateTime analyzedAt,
        @Schema(description = "true for the report's approved version: its indicators are the official figures")
        boolean official,
        @Schema(description = "version of the rules that produced this analysis", example = "2") String engineVersion,
        @Schema(description = "title, and the year and township the title names") ReportMetadata metadata,
        @Schema(description = "heading tree: 一、 → （一） → 1. → 一是, each mapped to a mandated section or none")
        List<Heading> outline,
        @Schema(description = "which mandated sections have a heading") List<SectionStatus> sections,
        @Schema(description = "every quantity stated: text, start, end (UTF-16), value, unit, approx") List<Mention> mentions,
        @Schema(description = "catalogued questions answered, with evidence") List<Indicator> indicators,
        @Schema(description = "what a reviewer should look at") List<Finding> findings) {

    public static AnalysisView of(UUID reportId, int version, String townshipCode, int year, OffsetDateTime analyzedAt,
            boolean official, ReportAnalysis analysis) {
        return new AnalysisView(reportId, version, townshipCode, year, analyzedAt, official, analysis.engineVersion(),
                analysis.metadata(), analysis.outline(), analysis.sections(), analysis.mentions(), analysis.indicators(),
                analysis.findings());
    }
}
