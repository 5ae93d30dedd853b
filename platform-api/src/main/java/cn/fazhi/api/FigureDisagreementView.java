package cn.fazhi.api;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A clerk's decision on a figure that a re-analysis found the engine now disagrees with: the new
 * reading is neither what the engine read when the clerk decided nor the clerk's figure. The clerk's
 * figure still counts; this is for a person to look at (the clerk may decide again while the version
 * is open).
 */
@Schema(name = "FigureDisagreement")
public record FigureDisagreementView(
        @Schema(example = "6f1c2a7e-3b59-4a53-9d55-2f0e8f6a9c11") UUID reportId,
        @Schema(example = "1") int version,
        @Schema(example = "320684104") String townshipCode,
        @Schema(example = "2024") int year,
        @Schema(example = "disputes.received") String code,
        @Schema(example = "受理、排查发现或调解的矛盾纠纷数") String name,
        @Schema(description = "the clerk's decision that still counts", example = "CONFIRMED",
                enumeration = {"CONFIRMED", "CORRECTED", "REJECTED", "ADDED"}) String clerkAction,
        @Schema(description = "the clerk's figure; null when the clerk rejected the engine's", example = "48",
                nullable = true) BigDecimal clerkValue,
        @Schema(description = "what the engine read when the clerk decided; null: nothing", example = "48",
                nullable = true) BigDecimal engineValueAtDecision,
        @Schema(description = "what the engine reads now; null: nothing", example = "52", nullable = true)
        BigDecimal engineValueNow,
        OffsetDateTime flaggedAt) {
}
