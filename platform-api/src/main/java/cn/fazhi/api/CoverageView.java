package cn.fazhi.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How many townships stated a figure out of how many the register expects for the year, so that a
 * total is never read without its coverage. Expected: the region's townships of the register that
 * existed in the year (abolished or merged before it, or created after it: not expected).
 */
@Schema(name = "Coverage")
public record CoverageView(
        @Schema(description = "townships whose figure counts (for a rate from its parts: that stated both parts)",
                example = "118") long stated,
        @Schema(description = "townships of the register in the region that existed in the year", example = "124")
        long expected) {
}
