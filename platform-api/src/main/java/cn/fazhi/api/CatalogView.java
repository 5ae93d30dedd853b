package cn.fazhi.api;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The indicator catalog in force: what the figures of a report are read as. */
@Schema(name = "IndicatorCatalog")
public record CatalogView(
        @Schema(description = "unit families: written units that count the same, by family",
                example = "{\"件\": [\"件\", \"起\", \"宗\", \"例\", \"件次\"]}")
        Map<String, List<String>> units,
        List<IndicatorDefinitionView> indicators,
        @Schema(description = "the mandated sections and their heading keywords") List<SectionDefinitionView> sections) {
}
