package cn.fazhi.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Something a reviewer should look at, with the passages it rests on (ANALYSIS.md §4). The same
 * record in an analysis and in a review case; a review case learns of its findings from
 * {@code reports.analyzed}, which carries only the first passage, so there {@code evidence} holds
 * at most that one.
 */
@Schema(name = "Finding")
public record FindingView(
        @Schema(example = "RATE_MISMATCH") String code,
        @Schema(example = "WARNING", enumeration = {"ERROR", "WARNING", "INFO"}) String severity,
        @Schema(example = "化解率95.7%与所述化解44起/调解46起不符") String message,
        @Schema(description = "the passage it points to: its first evidence (0 when it has none)", example = "1204")
        int start,
        @Schema(description = "end of the passage it points to", example = "1230") int end,
        @Schema(description = "every passage it rests on (in a review case: the first one)") List<SpanView> evidence) {

    public FindingView {
        evidence = evidence == null ? pointedTo(start, end) : List.copyOf(evidence);
    }

    /** A finding known by the one passage it points to, as {@code reports.analyzed} carries it. */
    public FindingView(String code, String severity, String message, int start, int end) {
        this(code, severity, message, start, end, pointedTo(start, end));
    }

    private static List<SpanView> pointedTo(int start, int end) {
        return start == end ? List.of() : List.of(new SpanView(start, end));
    }
}
