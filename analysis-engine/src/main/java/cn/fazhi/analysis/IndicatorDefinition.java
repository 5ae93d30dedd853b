package cn.fazhi.analysis;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * One catalogued question (ANALYSIS.md §2), as written in the catalog file.
 *
 * @param unit        the unit family its value is counted in
 * @param units       the unit families it accepts; {@code [unit]} when the catalog names none
 * @param aggregation {@code sum} or {@code rate}
 * @param phrases     what identifies it before the number; {@code …} stands for a short gap
 * @param excludes    words that, in the same clause, mean another question
 * @param subkinds    words that make a zero a sub-kind's, which does not feed this total
 * @param numerator   for a rate, the indicator it is recomputed from
 */
public record IndicatorDefinition(
        String code,
        String name,
        String unit,
        List<String> units,
        String aggregation,
        String area,
        List<String> phrases,
        List<String> excludes,
        List<String> subkinds,
        String numerator,
        String denominator) {

    public IndicatorDefinition {
        units = units == null || units.isEmpty() ? List.of(unit) : List.copyOf(units);
        phrases = phrases == null ? List.of() : List.copyOf(phrases);
        excludes = excludes == null ? List.of() : List.copyOf(excludes);
        subkinds = subkinds == null ? List.of() : List.copyOf(subkinds);
    }

    @JsonIgnore
    public boolean isRate() {
        return "rate".equals(aggregation);
    }
}
