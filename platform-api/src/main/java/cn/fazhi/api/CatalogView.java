package cn.fazhi.api;

import cn.fazhi.analysis.IndicatorDefinition;
import cn.fazhi.analysis.SectionDefinition;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The indicator catalog in force: what the figures of a report are read as. */
@Schema(name = "IndicatorCatalog")
public record CatalogView(
        @Schema(description = "unit families: written units that count the same") Map<String, List<String>> units,
        List<IndicatorDefinition> indicators,
        @Schema(description = "the mandated sections and their heading keywords") List<SectionDefinition> sections) {
}
