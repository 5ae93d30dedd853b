package cn.fazhi.events;

import java.util.List;
import java.util.UUID;

/**
 * metrics-service finished the analysis of one report version. Carries the findings so the
 * review case can show them without a call to metrics-service.
 */
public record ReportAnalyzed(
        UUID reportId,
        int version,
        String townshipCode,
        int year,
        int mentionCount,
        int indicatorCount,
        List<Finding> findings) {

    /** A finding as a reviewer sees it in the case: what, how bad, and where. */
    public record Finding(String code, String severity, String message, int start, int end) {
    }
}
