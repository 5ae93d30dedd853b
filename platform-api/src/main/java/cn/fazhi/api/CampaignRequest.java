package cn.fazhi.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An admin opens (or changes) the reporting campaign of one year. */
@Schema(name = "CampaignRequest", description = "开启或修改某一年度的报告工作")
public record CampaignRequest(
        @Schema(description = "reporting year", example = "2024", required = true)
        @NotNull(message = Validation.YEAR_REQUIRED)
        @Min(value = Limits.FIRST_YEAR, message = Validation.YEAR_TOO_EARLY)
        @Max(value = Limits.LAST_YEAR, message = Validation.YEAR_TOO_LATE)
        Integer year,

        @Schema(description = "submissions after it are accepted and marked late", example = "2025-03-31T23:59:59+08:00",
                required = true)
        @NotNull(message = "必须填写截止时间")
        OffsetDateTime deadline,

        @Schema(description = "the levels that approve a report, in order, each above the last", example = "[\"COUNTY\", \"PROVINCE\"]",
                required = true)
        @NotEmpty(message = "审批链不能为空")
        List<PlaceLevel> approvalChain) {
}
