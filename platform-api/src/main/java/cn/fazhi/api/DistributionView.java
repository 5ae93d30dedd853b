package cn.fazhi.api;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How the townships' own figures spread: what a rate without catalogued parts is read by (never an average). */
@Schema(name = "Distribution")
public record DistributionView(
        @Schema(example = "82.5", nullable = true) BigDecimal min,
        @Schema(description = "the middle figure (the mean of the two middle ones for an even count)", example = "96.3",
                nullable = true) BigDecimal median,
        @Schema(example = "100", nullable = true) BigDecimal max,
        @Schema(description = "townships whose figure counts", example = "118") long count) {
}
