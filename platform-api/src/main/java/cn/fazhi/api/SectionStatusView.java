package cn.fazhi.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether a mandated section of the annual report has a heading: a missing one is a finding. */
@Schema(name = "SectionStatus")
public record SectionStatusView(
        @Schema(example = "SHORTCOMINGS") String code,
        @Schema(example = "存在的不足和原因") String name,
        @Schema(description = "the report must have it") boolean required,
        @Schema(description = "a heading introduces it") boolean present,
        @Schema(description = "the first heading that introduces it; null when it is missing", nullable = true)
        SpanView heading) {
}
