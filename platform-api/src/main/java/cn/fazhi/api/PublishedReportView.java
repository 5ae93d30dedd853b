package cn.fazhi.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A published report, as portals disclose it: the township, the approved version and its official figures. */
@Schema(name = "PublishedReport")
public record PublishedReportView(
        @Schema(example = "320684104") String townshipCode,
        @Schema(example = "包场镇", nullable = true) String townshipName,
        @Schema(example = "2024") int year,
        UUID reportId,
        @Schema(description = "the approved, published version", example = "2") int version,
        @Schema(description = "when metrics-service learnt of the publication") OffsetDateTime publishedAt,
        @Schema(description = "its official figures, by indicator code; each links to its passage")
        List<TownshipFigureView> figures) {
}
