package cn.fazhi.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Indicators over a region for a year or a range of years: totals with breakdowns, or trends. */
@Schema(name = "IndicatorTotals")
public record IndicatorTotalsView(
        @Schema(example = "3206") String regionCode,
        @Schema(example = "南通市", nullable = true) String regionName,
        @Schema(example = "CITY", enumeration = {"PROVINCE", "CITY", "COUNTY", "TOWNSHIP"}) String level,
        @Schema(description = "OFFICIAL: figures of approved versions (the clerk's, else the engine's, see engineOnly); "
                + "LATEST: of the latest submitted versions", example = "OFFICIAL", enumeration = {"OFFICIAL", "LATEST"})
        String basis,
        @Schema(example = "2022") int from,
        @Schema(example = "2024") int to,
        @Schema(description = "per indicator in the order asked, per year ascending") List<IndicatorTotalView> totals) {
}
