package cn.fazhi.api;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Something a reviewer should look at, with the passages it rests on (ANALYSIS.md §4). The same
 * record in an analysis and in a review case; a review case learns of its findings from
 * {@code reports.analyzed}, which carries only the first passage, so there {@code evidence} holds
 * at most that one. Beside the Chinese message, four fields a program can sort, count and show
 * without reading it; each is {@code null} where it does not apply to the finding's code
 * ({@code allowedRange}: see {@link RangeView}).
 */
@Schema(name = "Finding")
public record FindingView(
        @Schema(example = "RATE_MISMATCH") String code,
        @Schema(example = "WARNING", enumeration = {"ERROR", "WARNING", "INFO"}) String severity,
        @Schema(example = "所述化解率98%与120件/150余件不符（按所述数字应在75.00%至80.00%之间）") String message,
        @Schema(description = "the passage it points to: its first evidence (0 when it has none)", example = "1204")
        int start,
        @Schema(description = "end of the passage it points to", example = "1230") int end,
        @Schema(description = "every passage it rests on (in a review case: the first one)") List<SpanView> evidence,
        @Schema(description = "the mandated section it concerns: the missing one for MISSING_SECTION, otherwise the "
                + "section its passage lies in; null outside every section", example = "MEASURES", nullable = true)
        String sectionCode,
        @Schema(description = "the catalogued indicator the contradicted figure answers (RATE_MISMATCH: the rate's, "
                + "SUM_MISMATCH: the total's, CONFLICTING_VALUES: the restated one's); null when it answers none",
                example = "disputes.resolution_rate", nullable = true)
        String indicatorCode,
        @Schema(description = "the contradicted figure as stated: a rate on its written scale, money in 元, the "
                + "title's year for YEAR_MISMATCH", example = "98", nullable = true)
        BigDecimal statedValue,
        @Schema(nullable = true) RangeView allowedRange) {

    public FindingView {
        evidence = evidence == null ? pointedTo(start, end) : List.copyOf(evidence);
    }

    /** A finding told in words only, with its passages. */
    public FindingView(String code, String severity, String message, int start, int end, List<SpanView> evidence) {
        this(code, severity, message, start, end, evidence, null, null, null, null);
    }

    /** A finding known by the one passage it points to, as {@code reports.analyzed} carries it. */
    public FindingView(String code, String severity, String message, int start, int end) {
        this(code, severity, message, start, end, pointedTo(start, end));
    }

    private static List<SpanView> pointedTo(int start, int end) {
        return start == end ? List.of() : List.of(new SpanView(start, end));
    }
}
