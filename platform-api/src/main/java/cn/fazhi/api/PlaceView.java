package cn.fazhi.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A place of the register. */
@Schema(name = "Place")
public record PlaceView(@Schema(example = "320614108") String code, @Schema(example = "包场镇") String name,
        @Schema(example = "320614") String parentCode, PlaceLevel level) {
}
