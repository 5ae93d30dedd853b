package cn.fazhi.analysis;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * One catalogued question (ANALYSIS.md §2), as written in the catalog file.
 *
 * @param unit        the unit family its value is counted in
 * @param units       the unit families it accepts; {@code [unit]} when the catalog names none
 * @param aggregation {@code sum} or {@code rate}
 * @param phrases     what identifies it in the number's clause (before it, or after it); {@code …}
 *                    stands for a short gap; {@code 审查&合同} is a governing verb and a counted noun
 *                    anywhere in the sentence up to the number's clause
 * @param excludes    words that, in the same clause, mean another question
 * @param subkinds    words that make a zero a sub-kind's, which does not feed this total
 * @param numerator   for a rate, the indicator it is recomputed from
 * @param topics      what the sentence must be about (法 for law study): one of them in the sentence
 * @param actors      who must be named for a figure to be this question's (法律顾问 for its services):
 *                    one of them in the sentence or the one before
 * @param audience    who the counted thing is for or by, preferring this question over a neighbour
 *                    that counts the same thing (干部职工 → staff training, 中心组 → leadership study)
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
        String denominator,
        List<String> topics,
        List<String> actors,
        List<String> audience) {

    public IndicatorDefinition {
        units = units == null || units.isEmpty() ? List.of(unit) : List.copyOf(units);
        phrases = phrases == null ? List.of() : List.copyOf(phrases);
        excludes = excludes == null ? List.of() : List.copyOf(excludes);
        subkinds = subkinds == null ? List.of() : List.copyOf(subkinds);
        topics = topics == null ? List.of() : List.copyOf(topics);
        actors = actors == null ? List.of() : List.copyOf(actors);
        audience = audience == null ? List.of() : List.copyOf(audience);
    }

    @JsonIgnore
    public boolean isRate() {
        return "rate".equals(aggregation);
    }
}
