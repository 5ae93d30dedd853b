package cn.fazhi.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A mandated section of the annual report and the heading words that identify it. */
@Schema(name = "SectionDefinition")
public record SectionDefinitionView(
        @Schema(example = "SHORTCOMINGS") String code,
        @Schema(example = "存在的不足和原因") String name,
        @Schema(description = "a report without it gets MISSING_SECTION") boolean required,
        @Schema(example = "[\"存在的不足\", \"不足和原因\", \"存在的问题\"]") List<String> keywords) {
}
