package cn.fazhi.api;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reviewer's comment, optionally anchored to a passage (offsets into the version's text) or a finding. */
@Schema(name = "CommentRequest", description = "审核意见，可指向原文片段或分析发现")
public record CommentRequest(
        @Schema(example = "“存在的不足和原因”部分缺失，请补充。", required = true)
        @NotBlank(message = "意见内容不能为空")
        @Size(max = 4000, message = "意见内容不能超过4000个字")
        String text,

        @Schema(description = "UTF-16 offset where the passage starts", example = "1351")
        @Min(value = 0, message = "起始位置不能为负数")
        Integer start,

        @Schema(description = "UTF-16 offset after the passage", example = "1354")
        @Min(value = 0, message = "结束位置不能为负数")
        Integer end,

        @Schema(description = "the finding the comment is about", example = "MISSING_SECTION")
        @Pattern(regexp = "[A-Z_]{3,50}", message = "分析发现代码格式不正确")
        String findingCode) {
}
