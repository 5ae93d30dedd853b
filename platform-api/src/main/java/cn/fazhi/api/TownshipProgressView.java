package cn.fazhi.api;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A township a campaign waits for (MISSING) or that submitted after the deadline (LATE). */
@Schema(name = "TownshipProgress")
public record TownshipProgressView(
        @Schema(example = "320684104") String townshipCode,
        @Schema(example = "包场镇", nullable = true) String townshipName,
        @Schema(example = "LATE", enumeration = {"MISSING", "LATE"}) String completeness,
        @Schema(description = "the report; null when missing", nullable = true) UUID reportId,
        @Schema(description = "its latest version; null when missing", example = "1", nullable = true) Integer version,
        @Schema(description = "its state; null when missing", example = "IN_REVIEW", nullable = true,
                enumeration = {"IN_REVIEW", "RETURNED", "APPROVED", "PUBLISHED"}) String status) {
}
