package cn.fazhi.api;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A catalogued question the report answers (ANALYSIS.md §2), with the mentions it rests on so a
 * reviewer can check the figure against the sentence it came from.
 */
@Schema(name = "Indicator")
public record IndicatorView(
        @Schema(description = "the catalog's code", example = "disputes.resolution_rate") String code,
        @Schema(example = "调解成功率、化解率") String name,
        @Schema(example = "95.7") BigDecimal value,
        @Schema(description = "the unit family the value is counted in", example = "%") String unit,
        @Schema(example = "EXACT", enumeration = {"EXACT", "AT_LEAST", "AT_MOST", "ABOUT"}) String approx,
        @Schema(description = "true when the value is the sum of several stated sub-counts") boolean derived,
        @Schema(description = "0..1: how sure the engine is that the mentions answer this question", example = "0.89")
        double confidence,
        @Schema(description = "the mentions the value rests on") List<Evidence> evidence) {

    /** One mention an indicator's value rests on, with its sentence for the reviewer. */
    @Schema(name = "IndicatorEvidence")
    public record Evidence(
            @Schema(example = "1670") int start,
            @Schema(example = "1676") int end,
            @Schema(example = "95.7") BigDecimal value,
            @Schema(example = "共调解各类矛盾纠纷46起，化解44起，化解率为95.7 %。") String sentence) {
    }
}
