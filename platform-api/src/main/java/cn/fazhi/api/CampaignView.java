package cn.fazhi.api;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The reporting campaign of one year. */
@Schema(name = "Campaign")
public record CampaignView(
        @Schema(example = "2024") int year,
        OffsetDateTime deadline,
        List<PlaceLevel> approvalChain,
        @Schema(description = "the level that reports", example = "TOWNSHIP") PlaceLevel reportingLevel,
        String openedBy,
        OffsetDateTime openedAt,
        OffsetDateTime updatedAt) {
}
