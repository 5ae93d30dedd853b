package cn.fazhi.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What to analyze again: every stored version, or those of one year, of one region (a division
 * code at any level: 32, 3206, 320684, 320684104), or both.
 */
@Schema(name = "ReanalysisRequest")
public record ReanalysisRequest(
        @Schema(description = "only versions of this report year", example = "2024")
        @Min(value = 2000, message = Validation.YEAR_MESSAGE) @Max(value = 2100, message = Validation.YEAR_MESSAGE)
        Integer year,
        @Schema(description = "only townships under this division code", example = "3206")
        @Pattern(regexp = Validation.REGION_CODE, message = Validation.REGION_CODE_MESSAGE) String regionCode) {
}
