package cn.fazhi.analysis;

import java.util.List;

/**
 * Everything the engine read out of one text (ANALYSIS.md): the JSON of this record is what the
 * API serves and the command line writes. Every item carries UTF-16 offsets into the text.
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
