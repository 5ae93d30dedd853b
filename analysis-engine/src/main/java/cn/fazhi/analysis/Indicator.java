package cn.fazhi.analysis;

import java.math.BigDecimal;
import java.util.List;

/**
 * A catalogued question the report answers, with the mentions it came from.
 *
 * @param derived    true when the value is the sum of several stated sub-counts
 * @param confidence 0..1: how sure the engine is that the mentions answer this question
 */
public record Indicator(String code, String name, BigDecimal value, String unit, Approx approx, boolean derived,
        double confidence, List<Evidence> evidence) {

    /** One mention an indicator value rests on, with its sentence for the reviewer. */
    public record Evidence(int start, int end, BigDecimal value, String sentence) {
    }
}
