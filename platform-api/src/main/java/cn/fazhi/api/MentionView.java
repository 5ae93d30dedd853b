package cn.fazhi.api;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A quantity the report states, with its exact place in the text (ANALYSIS.md §1). */
@Schema(name = "Mention")
public record MentionView(
        @Schema(description = "the exact surface span", example = "两百万余元") String text,
        @Schema(description = "UTF-16 offset of the span's first char", example = "1204") int start,
        @Schema(description = "UTF-16 offset after the span's last char", example = "1209") int end,
        @Schema(description = "the number, normalised (money in 元)", example = "2000000") BigDecimal value,
        @Schema(description = "classifier or unit as written; money as 元", example = "元") String unit,
        @Schema(description = "EXACT, AT_LEAST, AT_MOST or ABOUT", example = "AT_LEAST") String approx) {
}
