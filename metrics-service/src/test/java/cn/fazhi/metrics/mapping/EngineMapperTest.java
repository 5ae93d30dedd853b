package cn.fazhi.metrics.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import cn.fazhi.analysis.AnalysisContext;
import cn.fazhi.analysis.AnalysisJson;
import cn.fazhi.analysis.Approx;
import cn.fazhi.analysis.Finding;
import cn.fazhi.analysis.IndicatorCatalog;
import cn.fazhi.analysis.ReportAnalysis;
import cn.fazhi.analysis.ReportAnalyzer;
import cn.fazhi.api.FindingView;
import cn.fazhi.api.IndicatorView;
import cn.fazhi.api.MentionView;
import cn.fazhi.testing.Fixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The views say everything the engine says, under the same names and with the same values. Compared
 * as JSON trees over the real reports, so an engine field that is added or renamed without the
 * mapping following (or a value the mapping mixes up) makes the trees differ; Jackson writes null
 * fields and empty lists too, so a field a fixture leaves empty is still compared by name.
 */
class EngineMapperTest {

    private static final ObjectMapper JSON = AnalysisJson.mapper();
    private static final ReportAnalyzer ENGINE = new ReportAnalyzer();

    @ParameterizedTest
    @ValueSource(strings = {Fixtures.BAOCHANG_2024, Fixtures.DONGJITUO_2024, Fixtures.WANGCHANG_2023})
    void theAnalysisViewCarriesEveryFieldOfTheEngine(String fixture) {
        ReportAnalysis analysis = ENGINE.analyze(Fixtures.report(fixture), new AnalysisContext(2024, "包场镇"));
        assertFalse(analysis.findings().isEmpty(), fixture + " should have a finding to compare");

        JsonNode view = JSON.valueToTree(EngineMapper.toView(analysis));
        for (JsonNode finding : view.get("findings")) {
            // the one addition of the view: the passage a finding points to, its first evidence
            JsonNode first = finding.get("evidence").path(0);
            assertEquals(first.path("start").asInt(0), finding.get("start").asInt(), finding.toString());
            assertEquals(first.path("end").asInt(0), finding.get("end").asInt(), finding.toString());
            ((ObjectNode) finding).remove(List.of("start", "end"));
        }
        assertEquals(JSON.valueToTree(analysis), view);
    }

    @Test
    void theCatalogViewCarriesEveryFieldOfTheEngine() {
        IndicatorCatalog catalog = IndicatorCatalog.defaults();
        Map<String, Object> engine = new LinkedHashMap<>();
        engine.put("units", catalog.unitFamilies());
        engine.put("indicators", catalog.indicators());
        engine.put("sections", catalog.sections());

        assertEquals(JSON.valueToTree(engine), JSON.valueToTree(EngineMapper.toView(catalog)));
    }

    /** The views spell enums as strings; their documented values are the engine's constants. */
    @Test
    void theDocumentedEnumerationsAreTheEngines() throws Exception {
        List<String> approx = Arrays.stream(Approx.values()).map(Enum::name).toList();
        assertEquals(approx, enumeration(MentionView.class, "approx"));
        assertEquals(approx, enumeration(IndicatorView.class, "approx"));
        assertEquals(Arrays.stream(Finding.Severity.values()).map(Enum::name).toList(),
                enumeration(FindingView.class, "severity"));
    }

    private static List<String> enumeration(Class<? extends Record> view, String component) throws Exception {
        return List.of(view.getDeclaredField(component).getAnnotation(Schema.class).enumeration());
    }
}
