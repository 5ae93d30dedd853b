package cn.fazhi.api;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A quantity the report states, read as a number and a unit (ANALYSIS.md §1), e.g. 两百万余元 → 2000000 元. */
@Schema(name = "Mention")
public record MentionView(
        @Schema(description = "the words as written: the text between start and end", example = "12宗") String text,
        @Schema(description = "UTF-16 offset of the words in the text", example = "1351") int start,
        @Schema(description = "UTF-16 offset just after the words", example = "1354") int end,
        @Schema(description = "the number, normalised: money in 元, percentages on their written scale", example = "12")
        BigDecimal value,
        @Schema(description = "the classifier or unit as written, money as 元", example = "宗") String unit,
        @Schema(description = "how the number relates to the true quantity: 余/多/超过 → AT_LEAST, 不足/近 → AT_MOST, "
                + "约/左右 → ABOUT", example = "EXACT", enumeration = {"EXACT", "AT_LEAST", "AT_MOST", "ABOUT"})
        String approx) {
}
