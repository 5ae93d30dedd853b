package cn.fazhi.api;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One indicator over the townships of one region and year: its value (a total, or a rate recomputed
 * from the totals of its parts), the spread of the townships' figures and how many stated it.
 */
@Schema(name = "RegionAggregate")
public record RegionAggregateView(
        @Schema(example = "3206") String regionCode,
        @Schema(description = "the region's name in that year, from the register; null when not known", example = "南通市",
                nullable = true) String regionName,
        @Schema(example = "CITY", enumeration = {"PROVINCE", "CITY", "COUNTY", "TOWNSHIP"}) String level,
        @Schema(description = "SUM: the total; RATE_FROM_PARTS: 100 × Σ numerator ÷ Σ denominator over the townships "
                + "that stated both; null for a rate without catalogued parts (read the distribution)", example = "95.8",
                nullable = true) BigDecimal value,
        @Schema(description = "Σ of the numerator indicator (RATE_FROM_PARTS only)", example = "4410", nullable = true)
        BigDecimal numerator,
        @Schema(description = "Σ of the denominator indicator (RATE_FROM_PARTS only)", example = "4603", nullable = true)
        BigDecimal denominator,
        @Schema(description = "the townships' own figures of this indicator") DistributionView distribution,
        CoverageView coverage,
        @Schema(description = "of the counted figures, how many are the engine's reading that no clerk confirmed "
                + "(basis OFFICIAL: the fallback)", example = "12") long engineOnly) {
}
