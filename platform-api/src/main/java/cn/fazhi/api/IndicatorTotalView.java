package cn.fazhi.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One indicator of one year over a region, with the same figures for each child region. */
@Schema(name = "IndicatorTotal")
public record IndicatorTotalView(
        @Schema(example = "disputes.resolution_rate") String indicator,
        @Schema(example = "调解成功率、化解率") String name,
        @Schema(example = "%") String unit,
        @Schema(example = "rate", enumeration = {"sum", "rate"}) String aggregation,
        @Schema(description = "how `value` is obtained", example = "RATE_FROM_PARTS",
                enumeration = {"SUM", "RATE_FROM_PARTS", "DISTRIBUTION_ONLY"}) String method,
        @Schema(example = "2024") int year,
        RegionAggregateView region,
        @Schema(description = "the child regions (province → cities → counties → townships); empty for a township "
                + "and in trends") List<RegionAggregateView> children) {
}
