package cn.fazhi.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A heading of the report's outline with the headings under it: how the report is organised. */
@Schema(name = "Heading")
public record HeadingView(
        @Schema(description = "1 for 一、, 2 for （一） (and short unnumbered headings inside a section), 3 for 1., 4 for 一是",
                example = "1")
        int level,
        @Schema(description = "the enumerator as written; empty for an unnumbered heading", example = "一、")
        String marker,
        @Schema(description = "the heading's words, without the marker", example = "2024年度推进法治政府建设的主要举措和成效")
        String title,
        @Schema(example = "181") int start,
        @Schema(example = "205") int end,
        @Schema(description = "the code of the mandated section it introduces, or null", example = "MEASURES",
                nullable = true)
        String section,
        @Schema(description = "the headings under it") List<HeadingView> children) {
}
