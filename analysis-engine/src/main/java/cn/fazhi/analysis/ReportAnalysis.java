package cn.fazhi.analysis;

import java.util.List;

/**
 * Everything the engine read out of one text (ANALYSIS.md): the command line writes the JSON of
 * this record; the API serves platform-api's {@code DraftAnalysisView}, which metrics-service maps
 * from it field for field. Every item carries UTF-16 offsets into the text.
 */
public record ReportAnalysis(
        String engineVersion,
        ReportMetadata metadata,
        List<Heading> outline,
        List<SectionStatus> sections,
        List<Mention> mentions,
        List<Indicator> indicators,
        List<Finding> findings) {
}
