package cn.fazhi.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A stretch of the analyzed text, as UTF-16 offsets: what a client highlights. */
@Schema(name = "Span", description = "a stretch of the report's text: UTF-16 offsets, end exclusive")
public record SpanView(@Schema(example = "1351") int start, @Schema(example = "1354") int end) {
}
