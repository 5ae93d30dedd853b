package cn.fazhi.metrics.engine;

/** Something a reviewer should look at (ANALYSIS.md §4), with the offsets of its evidence. */
public record Finding(String code, Severity severity, String message, int start, int end) {

    /** How much a finding matters to the review. */
    public enum Severity {
        ERROR, WARNING, INFO
    }
}
