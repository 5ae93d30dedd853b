package cn.fazhi.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A revised version of a report that was returned. */
@Schema(name = "ResubmitRequest", description = "退回后提交修改后的新版本")
public record ResubmitRequest(
        @Schema(example = "2024年度包场镇法治政府建设工作报告", required = true)
        @NotBlank(message = "必须填写报告标题")
        @Size(max = Limits.TITLE_MAX, message = "报告标题不能超过200个字")
        String title,

        @Schema(description = "报告正文（纯文本）", required = true)
        @NotBlank(message = Validation.TEXT_REQUIRED)
        @Size(max = Limits.TEXT_MAX, message = Validation.TEXT_TOO_LONG)
        String text) {
}
