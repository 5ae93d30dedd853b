package cn.fazhi.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A campaign's completeness in a region, by child region, with the townships missing or late. */
@Schema(name = "Completeness")
public record CompletenessView(
        @Schema(example = "2024") int year,
        CompletenessCountsView region,
        @Schema(description = "the child regions, by code") List<CompletenessCountsView> children,
        @Schema(description = "missing and late townships, by code") List<TownshipProgressView> townships) {
}
