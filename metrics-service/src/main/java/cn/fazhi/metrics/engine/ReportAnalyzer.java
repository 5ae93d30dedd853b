package cn.fazhi.metrics.engine;

import java.util.List;

/**
 * The analysis engine: text in, what the report states out. Plain Java without framework types,
 * so it runs the same in the service, in unit tests, in a benchmark and on the command line.
 * Thread-safe and stateless.
 */
public final class ReportAnalyzer {

    /** Bumped whenever a rule changes what is read out of the same text. */
    public static final String ENGINE_VERSION = "1";

    private final MentionExtractor mentions = new MentionExtractor();

    public ReportAnalysis analyze(String text) {
        return new ReportAnalysis(ENGINE_VERSION, mentions.extract(text), List.of());
    }
}
