package cn.fazhi.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Everything read out of one text (ANALYSIS.md): the answer to "check my draft", and the content of
 * every stored analysis. Every item carries UTF-16 offsets into the text. This record, not the
 * engine's, is the public contract: the engine may reshape its records, the mapping in
 * metrics-service keeps this one stable.
 */
@Schema(name = "DraftAnalysis")
public record DraftAnalysisView(
        @Schema(description = "version of the rules that produced this analysis", example = "2") String engineVersion,
        @Schema(description = "title, and the year and township the title names") ReportMetadataView metadata,
        @Schema(description = "heading tree: 一、 → （一） → 1. → 一是, each mapped to a mandated section or none")
        List<HeadingView> outline,
        @Schema(description = "which mandated sections have a heading") List<SectionStatusView> sections,
        @Schema(description = "every quantity stated") List<MentionView> mentions,
        @Schema(description = "catalogued questions answered, with evidence") List<IndicatorView> indicators,
        @Schema(description = "what a reviewer should look at") List<FindingView> findings) {
}
