package cn.fazhi.metrics.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.fazhi.analysis.AnalysisContext;
import cn.fazhi.analysis.AnalysisJson;
import cn.fazhi.analysis.ReportAnalysis;
import cn.fazhi.analysis.ReportAnalyzer;
import cn.fazhi.api.DraftAnalysisView;
import cn.fazhi.testing.Fixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** The stored document: the view with its schema version, read back only when the version is known. */
class AnalysisMapperTest {

    private static final ObjectMapper JSON = AnalysisJson.mapper();
    private static final AnalysisMapper MAPPER = new AnalysisMapper(JSON);
    private static final ReportAnalysis ENGINE_ANALYSIS = new ReportAnalyzer()
            .analyze(Fixtures.report(Fixtures.DONGJITUO_2024), AnalysisContext.NONE);
    private static final DraftAnalysisView ANALYSIS = EngineMapper.toView(ENGINE_ANALYSIS);

    @Test
    void theStoredDocumentIsTheViewWithItsSchemaVersion() throws Exception {
        ObjectNode stored = (ObjectNode) JSON.readTree(MAPPER.toJson(ANALYSIS));

        assertEquals(AnalysisMapper.SCHEMA_VERSION, stored.get("schemaVersion").intValue());
        stored.remove("schemaVersion");
        assertEquals(tree(ANALYSIS), stored);
        assertEquals(tree(ANALYSIS), tree(MAPPER.fromJson(MAPPER.toJson(ANALYSIS))));
    }

    @Test
    void aDocumentOfAnUnknownSchemaVersionIsRefused() throws Exception {
        ObjectNode newer = (ObjectNode) JSON.readTree(MAPPER.toJson(ANALYSIS));
        newer.put("schemaVersion", AnalysisMapper.SCHEMA_VERSION + 1);

        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> MAPPER.fromJson(newer.toString()));
        assertTrue(refused.getMessage().contains("schema version " + (AnalysisMapper.SCHEMA_VERSION + 1)),
                refused.getMessage());
    }

    @Test
    void theEnginesOwnJsonWithoutASchemaVersionIsRefused() {
        String engineJson = JSON.valueToTree(ENGINE_ANALYSIS).toString();

        assertThrows(IllegalStateException.class, () -> MAPPER.fromJson(engineJson));
    }

    @Test
    void aDocumentThatDoesNotMatchItsSchemaVersionIsRefused() throws Exception {
        ObjectNode renamed = (ObjectNode) JSON.readTree(MAPPER.toJson(ANALYSIS));
        renamed.set("quantities", renamed.remove("mentions"));
        assertThrows(IllegalStateException.class, () -> MAPPER.fromJson(renamed.toString()));

        ObjectNode findingWithoutPassage = (ObjectNode) JSON.readTree(MAPPER.toJson(ANALYSIS));
        ((ObjectNode) findingWithoutPassage.get("findings").get(0)).remove("start");
        assertThrows(IllegalStateException.class, () -> MAPPER.fromJson(findingWithoutPassage.toString()));
    }

    private static JsonNode tree(Object value) throws Exception {
        return JSON.readTree(JSON.writeValueAsString(value));
    }
}
