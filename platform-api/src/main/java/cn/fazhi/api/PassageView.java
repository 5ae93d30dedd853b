package cn.fazhi.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A stretch of a version's text with its words, as a clerk pointed at it. */
@Schema(name = "Passage", description = "a stretch of the version's text: UTF-16 offsets (end exclusive) and its words")
public record PassageView(@Schema(example = "1351") int start, @Schema(example = "1358") int end,
        @Schema(example = "调解纠纷48起") String text) {
}
