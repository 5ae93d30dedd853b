package cn.fazhi.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A draft to check before submitting: nothing is stored. */
@Schema(name = "AnalyzeDraftRequest", description = "检查报告草稿（不保存）")
public record AnalyzeDraftRequest(
        @Schema(description = "报告正文（纯文本）", required = true, example = "一、主要举措和成效\n共调解各类矛盾纠纷46起，化解44起，化解率为95.7%。")
        @NotBlank(message = Validation.TEXT_REQUIRED)
        @Size(max = Limits.TEXT_MAX, message = Validation.TEXT_TOO_LONG)
        String text,

        @Schema(description = "the reporting year, to check the title against (YEAR_MISMATCH)", example = "2024")
        @Min(value = Limits.FIRST_YEAR, message = Validation.YEAR_TOO_EARLY)
        @Max(value = Limits.LAST_YEAR, message = Validation.YEAR_TOO_LATE)
        Integer year,

        @Schema(description = "the submitting township, to check the title against (ORG_MISMATCH)", example = "320684104")
        @Pattern(regexp = Validation.TOWNSHIP_CODE, message = Validation.TOWNSHIP_CODE_MESSAGE)
        String townshipCode) {
}
