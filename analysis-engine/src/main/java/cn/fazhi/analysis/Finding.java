package cn.fazhi.analysis;

import java.math.BigDecimal;
import java.util.List;

/**
 * Something a reviewer should look at (ANALYSIS.md §4), with the passages it rests on and, beside
 * the message, what a program needs to sort, count or show it without reading Chinese. Each of the
 * four is {@code null} where it does not apply.
 *
 * @param sectionCode   the mandated section it concerns: the missing one for {@code MISSING_SECTION},
 *                      otherwise the section its first passage lies in
 * @param indicatorCode the catalogued indicator the contradicted figure answers ({@code RATE_MISMATCH}:
 *                      the rate's, {@code SUM_MISMATCH}: the total's, {@code CONFLICTING_VALUES}: the
 *                      restated one)
 * @param statedValue   the figure that is contradicted, as the report states it (a rate on its written
 *                      scale, money in 元, a year for {@code YEAR_MISMATCH})
 * @param allowedRange  what the report's own figures allow instead: the rate their numerator and
 *                      denominator give, the sum of the parts, the value stated first, the submission's year
 */
public record Finding(String code, Severity severity, String message, List<Span> evidence, String sectionCode,
        String indicatorCode, BigDecimal statedValue, Range allowedRange) {

    /** A finding told in words only. */
    public Finding(String code, Severity severity, String message, List<Span> evidence) {
        this(code, severity, message, evidence, null, null, null, null);
    }

    Finding withSectionCode(String section) {
        return new Finding(code, severity, message, evidence, section, indicatorCode, statedValue, allowedRange);
    }

    /** How much a finding matters to the review. */
    public enum Severity {
        ERROR, WARNING, INFO
    }

    /**
     * The values a figure may take, both ends included; {@code hi} is {@code null} when nothing the
     * report states bounds it from above (a part stated as 超过2000份).
     */
    public record Range(BigDecimal lo, BigDecimal hi) {
    }
}
