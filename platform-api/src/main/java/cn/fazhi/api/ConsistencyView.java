package cn.fazhi.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The kept township figures of a region and year compared with a recomputation from the analyses
 * and the clerks' decisions they come from: any difference means an event was not followed.
 */
@Schema(name = "Consistency")
public record ConsistencyView(
        @Schema(example = "3206") String regionCode,
        @Schema(example = "2024") int year,
        @Schema(description = "figures kept (both bases)", example = "5210") long kept,
        @Schema(description = "figures recomputed from the sources", example = "5210") long recomputed,
        @Schema(description = "recomputed figures not kept, or kept differently", example = "0") long missing,
        @Schema(description = "kept figures the sources no longer give, or give differently", example = "0") long stale,
        @Schema(example = "true") boolean consistent) {
}
