package cn.fazhi.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One recorded change of the register: what changed from when, who recorded it and when. A change
 * made by a register file (CSV) has no {@code effectiveFrom}: it adds a place or corrects the name
 * in force on the day it was loaded.
 */
@Schema(name = "PlaceAmendment")
public record PlaceAmendmentView(
        UUID id,
        @Schema(example = "ADD") PlaceAmendmentKind kind,
        @Schema(example = "320614108") String code,
        @Schema(description = "the name added, or the new name", example = "包场镇") String name,
        @Schema(description = "the name before a rename") String formerName,
        @Schema(description = "the place that absorbed it (MERGE)") String mergedInto,
        @Schema(example = "2024-01-01") LocalDate effectiveFrom,
        String reason,
        @Schema(example = "province-admin") String actor,
        OffsetDateTime recordedAt) {
}
