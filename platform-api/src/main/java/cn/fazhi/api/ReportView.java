package cn.fazhi.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A report (one township, one year) and the versions submitted for it. */
@Schema(name = "Report")
public record ReportView(
        @Schema(example = "6f1c2a7e-3b59-4a53-9d55-2f0e8f6a9c11") UUID id,
        @Schema(example = "320684104") String townshipCode,
        @Schema(example = "2024") int year,
        @Schema(example = "2024年度包场镇法治政府建设工作报告") String title,
        ReportStatus status,
        @Schema(description = "the newest version's number", example = "1") int latestVersion,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        List<VersionSummary> versions) {

    /** One immutable submitted version, without its text. */
    @Schema(name = "ReportVersionSummary")
    public record VersionSummary(
            @Schema(example = "1") int number,
            @Schema(example = "6a1f…", description = "SHA-256 of the text") String contentHash,
            @Schema(example = "13589") int length,
            @Schema(example = "clerk-baochang") String submittedBy,
            OffsetDateTime submittedAt,
            @Schema(description = "submitted after the campaign's deadline") boolean late) {
    }
}
