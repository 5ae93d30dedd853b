package cn.fazhi.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An admin's amendment of the register of places, in force from {@code effectiveFrom}: ADD and
 * RENAME carry the name, MERGE the place it merges into, ABOLISH neither. The level and the parent
 * follow from the code (2, 4, 6, 9 digits; the parent is the code's prefix).
 */
@Schema(name = "PlaceAmendmentRequest", description = "地区名录变更：新增、更名、合并或撤销，自生效日期起")
public record PlaceAmendmentRequest(
        @Schema(required = true, example = "ADD")
        @NotNull(message = "变更类型不能为空，可选 ADD、RENAME、MERGE、ABOLISH")
        PlaceAmendmentKind kind,

        @Schema(required = true, example = "320614108")
        @NotNull(message = "地区代码不能为空")
        @Pattern(regexp = "[0-9]{2}|[0-9]{4}|[0-9]{6}|[0-9]{9}", message = "地区代码必须是2、4、6或9位数字")
        String code,

        @Schema(description = "the new place's name (ADD) or the new name (RENAME)", example = "包场镇")
        @Size(min = 1, max = 100, message = "名称应为1到100个字")
        String name,

        @Schema(description = "the place of the same level that absorbs it (MERGE)", example = "320614415")
        @Pattern(regexp = "[0-9]{2}|[0-9]{4}|[0-9]{6}|[0-9]{9}", message = "合并目标代码必须是2、4、6或9位数字")
        String mergedInto,

        @Schema(required = true, description = "the first day the change is in force", example = "2024-01-01")
        @NotNull(message = "生效日期不能为空")
        LocalDate effectiveFrom,

        @Schema(description = "why, e.g. the approving document", example = "民政部门批复（示例）")
        @Size(max = 500, message = "说明不能超过500个字")
        String reason) {
}
