package cn.fazhi.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How well the engine reads one indicator, measured against the clerks' latest decisions: each
 * decided (version, indicator) counts once.
 */
@Schema(name = "IndicatorAccuracy")
public record IndicatorAccuracyView(
        @Schema(example = "disputes.received") String code,
        @Schema(example = "受理、排查发现或调解的矛盾纠纷数") String name,
        @Schema(description = "engine figures the clerks confirmed", example = "40") long confirmed,
        @Schema(description = "engine figures whose value the clerks corrected", example = "6") long corrected,
        @Schema(description = "engine figures the clerks rejected", example = "2") long rejected,
        @Schema(description = "figures the engine missed and the clerks added", example = "3") long added,
        @Schema(description = "confirmed / (confirmed + corrected + rejected): how often a figure the engine gives is "
                + "right; null without any", example = "0.833", nullable = true)
        Double precision,
        @Schema(description = "(confirmed + corrected) / (confirmed + corrected + added): how often the engine finds a "
                + "figure the report states; null without any", example = "0.939", nullable = true)
        Double recall) {
}
