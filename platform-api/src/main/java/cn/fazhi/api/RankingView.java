package cn.fazhi.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The townships of a region ranked on one indicator's figures of one year (per capita left out: no population data). */
@Schema(name = "Ranking")
public record RankingView(
        @Schema(example = "32") String regionCode,
        @Schema(example = "江苏省", nullable = true) String regionName,
        @Schema(example = "disputes.received") String indicator,
        @Schema(example = "受理、排查发现或调解的矛盾纠纷数") String name,
        @Schema(example = "件") String unit,
        @Schema(example = "2024") int year,
        @Schema(example = "OFFICIAL", enumeration = {"OFFICIAL", "LATEST"}) String basis,
        @Schema(example = "top", enumeration = {"top", "bottom"}) String order,
        @Schema(example = "10") int limit,
        @Schema(description = "the first `limit` townships and every township tied with the last of them")
        List<TownshipFigureView> townships) {
}
