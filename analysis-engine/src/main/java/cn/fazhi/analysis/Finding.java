package cn.fazhi.analysis;

import java.util.List;

/** Something a reviewer should look at (ANALYSIS.md §4), with the passages it rests on. */
public record Finding(String code, Severity severity, String message, List<Span> evidence) {

    /** How much a finding matters to the review. */
    public enum Severity {
        ERROR, WARNING, INFO
    }
}
