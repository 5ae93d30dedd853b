package cn.fazhi.metrics.engine;

import java.util.List;

/** Everything the engine read out of one text. */
public record ReportAnalysis(String engineVersion, List<Mention> mentions, List<Finding> findings) {
}
