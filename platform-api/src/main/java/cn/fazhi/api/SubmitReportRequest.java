package cn.fazhi.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A township's annual report as a clerk or a portal submits it. */
@Schema(name = "SubmitReportRequest", description = "提交一份法治政府建设年度报告")
public record SubmitReportRequest(
        @Schema(description = "乡镇（街道）的9位行政区划代码", example = "320684104", required = true)
        @NotNull(message = Validation.TOWNSHIP_CODE_REQUIRED)
        @Pattern(regexp = Validation.TOWNSHIP_CODE, message = Validation.TOWNSHIP_CODE_MESSAGE)
        String townshipCode,

        @Schema(description = "报告所属年度", example = "2024", required = true)
        @NotNull(message = Validation.YEAR_REQUIRED)
        @Min(value = Limits.FIRST_YEAR, message = Validation.YEAR_TOO_EARLY)
        @Max(value = Limits.LAST_YEAR, message = Validation.YEAR_TOO_LATE)
        Integer year,

        @Schema(description = "报告标题", example = "2024年度包场镇法治政府建设工作报告", required = true)
        @NotBlank(message = "必须填写报告标题")
        @Size(max = Limits.TITLE_MAX, message = "报告标题不能超过200个字")
        String title,

        @Schema(description = "报告正文（纯文本）", example = "一、2024年度推进法治政府建设的主要举措和成效\n……调解各类矛盾纠纷46起……",
                required = true)
        @NotBlank(message = Validation.TEXT_REQUIRED)
        @Size(max = Limits.TEXT_MAX, message = Validation.TEXT_TOO_LONG)
        String text) {
}
