package cn.fazhi.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The engine's accuracy per indicator on the province's own reports, as the clerks' decisions measure it. */
@Schema(name = "EngineAccuracy")
public record EngineAccuracyView(
        @Schema(description = "the reporting year measured; null: all years", example = "2024", nullable = true)
        Integer year,
        @Schema(description = "report versions with at least one decision", example = "57") long versions,
        @Schema(description = "every indicator with at least one decision, in catalog order")
        List<IndicatorAccuracyView> indicators) {
}
