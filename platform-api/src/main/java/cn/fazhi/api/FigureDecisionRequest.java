package cn.fazhi.api;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A township clerk's decision on one indicator of a submitted version: the engine's figure is
 * right (CONFIRMED), right but for its value (CORRECTED, with a reason), not a figure of this
 * question at all (REJECTED, with a reason), or a figure the engine missed (ADDED, pointing at a
 * passage or stated as the clerk's own).
 *
 * <p>Each field is checked here; which fields an action needs is checked by metrics-service
 * before anything is looked up, so a request that is wrong in itself is a 400 whatever it addresses.
 */
@Schema(name = "FigureDecisionRequest", description = "填报员对一项指标数字的确认、更正、否定或补充")
public record FigureDecisionRequest(
        @Schema(description = "CONFIRMED: the engine's figure is right; CORRECTED: its value is not (give `value` and "
                + "`reason`); REJECTED: it is no figure of this indicator (give `reason`); ADDED: the engine missed it "
                + "(give `value` and either `start`/`end` or `clerkStated`: true)", required = true, example = "CORRECTED",
                enumeration = {"CONFIRMED", "CORRECTED", "REJECTED", "ADDED"})
        @NotNull(message = Validation.FIGURE_ACTION_MESSAGE)
        @Pattern(regexp = Validation.FIGURE_ACTION, message = Validation.FIGURE_ACTION_MESSAGE)
        String action,

        @Schema(description = "the figure, in the indicator's unit (see the catalog); for CORRECTED and ADDED only",
                example = "48")
        @DecimalMin(value = "0", message = "数值不能为负数")
        @Digits(integer = 15, fraction = 4, message = "数值最多15位整数、4位小数")
        BigDecimal value,

        @Schema(description = "the unit the value is counted in; when given it must be the indicator's (e.g. 件, %, 元)",
                example = "件")
        @Size(max = 20, message = "单位不能超过20个字")
        String unit,

        @Schema(description = "why: required for CORRECTED and REJECTED", example = "原文第二段另有2起调解未计入")
        @Size(max = 1000, message = "理由不能超过1000个字")
        String reason,

        @Schema(description = "UTF-16 offset where the passage the figure comes from starts", example = "1351")
        @Min(value = 0, message = "起始位置不能为负数")
        Integer start,

        @Schema(description = "UTF-16 offset after that passage", example = "1354")
        @Min(value = 0, message = "结束位置不能为负数")
        Integer end,

        @Schema(description = "true: the figure is the clerk's own statement, not in the text (instead of `start`/`end`)")
        Boolean clerkStated) {
}
