package cn.fazhi.analysis;

import java.math.BigDecimal;

/**
 * A quantity the report states, e.g. {@code 两百万余元} → 2000000 元, AT_LEAST.
 *
 * @param text  the exact surface span, {@code text.equals(source.substring(start, end))}
 * @param start UTF-16 offset of the span in the analyzed text
 * @param end   UTF-16 offset just after the span
 * @param value the number, normalised: money in 元, percentages on their written scale
 * @param unit  the classifier or unit as written, money as 元
 */
public record Mention(String text, int start, int end, BigDecimal value, String unit, Approx approx) {
}
