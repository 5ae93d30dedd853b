package cn.fazhi.api;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One submitted version of a report with its full text; never changes once submitted. */
@Schema(name = "ReportVersion")
public record ReportVersionView(
        UUID reportId,
        @Schema(example = "1") int number,
        @Schema(example = "320684104") String townshipCode,
        @Schema(example = "2024") int year,
        @Schema(example = "2024年度包场镇法治政府建设工作报告") String title,
        String text,
        String contentHash,
        String submittedBy,
        OffsetDateTime submittedAt,
        @Schema(description = "the file the text was read from; null when the text was submitted as JSON")
        SourceDocumentView source) {
}
