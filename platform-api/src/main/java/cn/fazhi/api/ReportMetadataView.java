package cn.fazhi.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a report says about itself (its title, and the year and township the title names), so the
 * platform can check them against what was submitted. A field is {@code null} where the report does
 * not say.
 */
@Schema(name = "ReportMetadata")
public record ReportMetadataView(
        @Schema(example = "2024年度包场镇法治政府建设工作报告", nullable = true) String title,
        @Schema(nullable = true) SpanView titleSpan,
        @Schema(description = "the year the title names", example = "2024", nullable = true) Integer year,
        @Schema(nullable = true) SpanView yearSpan,
        @Schema(description = "the township the title (or the issuing body's line above it) names", example = "包场镇",
                nullable = true)
        String township,
        @Schema(nullable = true) SpanView townshipSpan) {
}
