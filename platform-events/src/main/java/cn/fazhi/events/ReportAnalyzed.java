package cn.fazhi.events;

import java.math.BigDecimal;
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

    /**
     * A finding as a reviewer sees it in the case: what, how bad, and where; and, for programs, the
     * mandated section and catalogued indicator it concerns, the figure it contradicts and the values
     * the report's own figures allow (each {@code null} where it does not apply).
     */
    public record Finding(String code, String severity, String message, int start, int end,
            @Nullable String sectionCode, @Nullable String indicatorCode, @Nullable BigDecimal statedValue,
            @Nullable Range allowedRange) {

        /** A finding told in words only. */
        public Finding(String code, String severity, String message, int start, int end) {
            this(code, severity, message, start, end, null, null, null, null);
        }
    }

    /** Values from {@code lo} to {@code hi}, both included; {@code hi} null: no upper bound. */
    public record Range(BigDecimal lo, @Nullable BigDecimal hi) {
    }
}
