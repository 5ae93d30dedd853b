package cn.fazhi.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The review of one report version, with the analysis findings attached. */
@Schema(name = "ReviewCase")
public record ReviewCaseView(
        UUID id,
        UUID reportId,
        @Schema(example = "1") int version,
        @Schema(example = "320684104") String townshipCode,
        @Schema(example = "2024") int year,
        @Schema(example = "2024年度包场镇法治政府建设工作报告") String title,
        @Schema(description = "AWAITING_ANALYSIS (or AWAITING_SUBMISSION) until both the submission and its analysis arrived, then OPEN at each level of the chain",
                enumeration = {"AWAITING_ANALYSIS", "AWAITING_SUBMISSION", "OPEN", "RETURNED", "APPROVED", "PUBLISHED", "SUPERSEDED"})
        String status,
        @Schema(description = "the levels that approve, from the submission; empty until it arrives",
                example = "[\"COUNTY\", \"PROVINCE\"]") java.util.List<String> approvalChain,
        @Schema(description = "the level that works the case now", example = "COUNTY") String currentLevel,
        @Schema(description = "submitted after the campaign's deadline") boolean late,
        OffsetDateTime openedAt,
        OffsetDateTime analyzedAt,
        @Schema(example = "87") int mentionCount,
        @Schema(example = "0") int indicatorCount,
        List<FindingView> findings) {
}
