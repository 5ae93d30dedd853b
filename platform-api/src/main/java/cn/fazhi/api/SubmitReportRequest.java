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
        @NotNull(message = "必须填写乡镇代码")
        @Pattern(regexp = "[0-9]{9}", message = "乡镇代码必须是9位数字的行政区划代码")
        String townshipCode,

        @Schema(description = "报告所属年度", example = "2024", required = true)
        @NotNull(message = "必须填写报告年度")
        @Min(value = Limits.FIRST_YEAR, message = "报告年度不能早于2000年")
        @Max(value = Limits.LAST_YEAR, message = "报告年度不在可提交的范围内")
        Integer year,

        @Schema(description = "报告标题", example = "2024年度包场镇法治政府建设工作报告", required = true)
        @NotBlank(message = "必须填写报告标题")
        @Size(max = Limits.TITLE_MAX, message = "报告标题不能超过200个字")
        String title,

        @Schema(description = "报告正文（纯文本）", example = "一、2024年度推进法治政府建设的主要举措和成效\n……调解各类矛盾纠纷46起……",
                required = true)
        @NotBlank(message = "报告正文不能为空")
        @Size(max = Limits.TEXT_MAX, message = "报告正文不能超过200000个字")
        String text) {
}
