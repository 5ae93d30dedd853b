package cn.fazhi.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalog is data: every code the spec names is in it, and an edited file changes the analysis. */
class IndicatorCatalogTest {

    private static final String DEFAULT = readDefault();

    private static String readDefault() {
        try (var in = IndicatorCatalog.class.getResourceAsStream(IndicatorCatalog.DEFAULT_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyCodeOfTheSpecIsCatalogued() {
        Set<String> codes = IndicatorCatalog.defaults().indicators().stream().map(IndicatorDefinition::code)
                .collect(Collectors.toSet());
        for (String code : new String[] {"leadership.law_study_sessions", "leadership.rule_of_law_meetings",
                "decision.legality_reviews", "decision.legal_opinions", "decision.legality_review_rate", "advisor.count",
                "advisor.village_coverage_rate", "advisor.services", "legal_aid.cases", "normative_docs.issued",
                "enforcement.officers", "enforcement.certified_officers", "enforcement.trainings", "enforcement.permits",
                "enforcement.inspections", "enforcement.penalties", "enforcement.fines", "disputes.screenings",
                "disputes.received", "disputes.resolved", "disputes.resolution_rate", "mediators.count",
                "petitions.received", "petitions.closure_rate", "hotline.requests", "litigation.cases",
                "litigation.head_appearance_rate", "reconsideration.cases", "deputy_proposals.handled",
                "disclosure.proactive_items", "disclosure.requests", "disclosure.response_rate", "pufa.materials",
                "pufa.events", "pufa.audience", "legal_literates.count", "staff_training.sessions",
                "staff_training.participants"}) {
            assertTrue(codes.contains(code), code);
        }
    }

    @Test
    void aSynonymOrAnIndicatorAddedToTheFileIsReadWithoutARebuild(@TempDir Path dir) throws IOException {
        String sentence = "全年开展法律服务“夜访”活动15场。";
        assertTrue(new ReportAnalyzer().analyze(sentence).indicators().isEmpty());

        String edited = DEFAULT.replace("indicators:\n", """
                indicators:
                  - code: pufa.night_visits
                    name: 法律服务夜访场次
                    unit: 场
                    aggregation: sum
                    area: legal_education
                    phrases: [夜访]
                """);
        Path file = dir.resolve("indicators.yaml");
        Files.writeString(file, edited);
        Indicator visits = new ReportAnalyzer(IndicatorCatalog.load(file)).analyze(sentence).indicators().get(0);
        assertEquals("pufa.night_visits", visits.code());
        assertEquals(new BigDecimal("15"), visits.value());
    }

    /** The gateway reads the catalog and analyses back from JSON, rejecting unknown fields. */
    @Test
    void catalogAndAnalysisSurviveAStrictJsonRoundTrip() throws IOException {
        var json = AnalysisJson.mapper();
        for (IndicatorDefinition indicator : IndicatorCatalog.defaults().indicators()) {
            assertEquals(indicator, json.readValue(json.writeValueAsString(indicator), IndicatorDefinition.class));
        }
        ReportAnalysis analysis = new ReportAnalyzer().analyze(cn.fazhi.testing.Fixtures.report(
                cn.fazhi.testing.Fixtures.WANGCHANG_2023), new AnalysisContext(2024, "王场镇"));
        assertEquals(json.readTree(json.writeValueAsString(analysis)),
                json.readTree(json.writeValueAsString(json.readValue(json.writeValueAsString(analysis), ReportAnalysis.class))));
    }

    @Test
    void aBrokenCatalogIsRefusedWithTheReason(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("indicators.yaml");
        Files.writeString(file, DEFAULT.replace("unit: 元\n", "unit: 金额\n"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IndicatorCatalog.load(file));
        assertTrue(e.getMessage().contains("enforcement.fines"), e.getMessage());
    }
}
