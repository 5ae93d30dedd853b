package cn.fazhi.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Something a reviewer should look at, with the passage it points to (ANALYSIS.md §4). */
@Schema(name = "Finding")
public record FindingView(
        @Schema(example = "RATE_MISMATCH") String code,
        @Schema(example = "WARNING", enumeration = {"ERROR", "WARNING", "INFO"}) String severity,
        @Schema(example = "化解率95.7%与所述化解44起/调解46起不符") String message,
        @Schema(example = "1204") int start,
        @Schema(example = "1230") int end) {
}
