package cn.fazhi.metrics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.fazhi.analysis.AnalysisJson;
import cn.fazhi.analysis.ReportAnalysis;
import cn.fazhi.analysis.cli.AnalyzeReportsCommand;
import cn.fazhi.metrics.mapping.EngineMapper;
import cn.fazhi.metrics.service.PlaceNames;
import cn.fazhi.testing.Fixtures;
import cn.fazhi.testing.Tokens;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The clerk's "check my draft" and the catalog: same engine, nothing stored. */
@QuarkusTest
class DraftAnalysisTest {

    static final String BAOCHANG = "320614108";
    static final String DONGJITUO = "120117112";
    static final String WANGCHANG = "500240108";

    @Inject
    ObjectMapper json;

    @Inject
    PlaceNames places;

    /** The sample townships as the register announces them (the same event id each time: applied once). */
    @BeforeEach
    void theRegisterHasAnnouncedTheSampleTownships() throws Exception {
        PlaceAnnouncements.announce(json, "draft-test-jiangsu", PlaceAnnouncements.township(BAOCHANG, "包场镇"));
        PlaceAnnouncements.announce(json, "draft-test-tianjin", PlaceAnnouncements.township(DONGJITUO, "东棘坨镇"));
        PlaceAnnouncements.announce(json, "draft-test-chongqing", PlaceAnnouncements.township(WANGCHANG, "王场镇"));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> places.nameOf(BAOCHANG, null).isPresent()
                && places.nameOf(DONGJITUO, null).isPresent() && places.nameOf(WANGCHANG, null).isPresent());
    }

    private static io.restassured.response.ValidatableResponse draft(Map<String, Object> body) {
        return given().auth().oauth2(Tokens.reporter(BAOCHANG)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/analysis").then();
    }

    @Test
    void baochangIsMissingItsShortcomingsSection() {
        draft(Map.of("text", Fixtures.report(Fixtures.BAOCHANG_2024), "year", 2024, "townshipCode", BAOCHANG))
                .statusCode(200)
                .body("engineVersion", equalTo(cn.fazhi.analysis.ReportAnalyzer.ENGINE_VERSION))
                .body("metadata.township", equalTo("包场镇"))
                .body("findings.code", equalTo(java.util.List.of("MISSING_SECTION")))
                // the missing section is pointed at from the title (UTF-16 2..21)
                .body("findings[0].evidence[0].start", equalTo(2))
                .body("findings[0].start", equalTo(2))
                .body("findings[0].end", equalTo(21))
                .body("sections.find { it.code == 'SHORTCOMINGS' }.present", equalTo(false))
                .body("indicators.find { it.code == 'litigation.cases' }.value", equalTo(12))
                .body("mentions.text", hasItems("12宗", "超过2000份", "十余条", "百分之百"));
    }

    @Test
    void dongjituoIsCompleteAndItsRateAddsUp() {
        draft(Map.of("text", Fixtures.report(Fixtures.DONGJITUO_2024), "year", 2024, "townshipCode", DONGJITUO))
                .statusCode(200)
                .body("findings.code", not(hasItem("MISSING_SECTION")))
                .body("findings.code", not(hasItem("RATE_MISMATCH")))
                .body("indicators.find { it.code == 'disputes.resolution_rate' }.value", equalTo(95.7f));
    }

    /** A program reads a finding without its Chinese message: section, indicator, stated figure, allowed range. */
    @Test
    void aFindingCarriesItsMachineReadableFields() {
        draft(Map.of("text", "一、主要举措和成效\n受理矛盾纠纷150余件，化解120件，化解率98%。", "townshipCode", BAOCHANG))
                .statusCode(200)
                .body("findings.find { it.code == 'RATE_MISMATCH' }.sectionCode", equalTo("MEASURES"))
                .body("findings.find { it.code == 'RATE_MISMATCH' }.indicatorCode", equalTo("disputes.resolution_rate"))
                .body("findings.find { it.code == 'RATE_MISMATCH' }.statedValue", equalTo(98))
                .body("findings.find { it.code == 'RATE_MISMATCH' }.allowedRange.lo", equalTo(75))
                .body("findings.find { it.code == 'RATE_MISMATCH' }.allowedRange.hi", equalTo(80))
                .body("findings.findAll { it.code == 'MISSING_SECTION' }.sectionCode",
                        hasItems("LEADERSHIP", "SHORTCOMINGS", "PLANS"));
    }

    @Test
    void wangchangReportsItsLeadersOnlyInAParagraphAndATitleOfAnotherYearIsAnError() {
        draft(Map.of("text", Fixtures.report(Fixtures.WANGCHANG_2023), "year", 2024, "townshipCode", WANGCHANG))
                .statusCode(200)
                .body("sections.find { it.code == 'LEADERSHIP' }.present", equalTo(false))
                .body("findings.code", hasItems("MISSING_SECTION", "YEAR_MISMATCH"))
                .body("findings.code", not(hasItem("ORG_MISMATCH")))
                .body("indicators.find { it.code == 'enforcement.fines' }.value", equalTo(36890));
        draft(Map.of("text", Fixtures.report(Fixtures.WANGCHANG_2023), "townshipCode", BAOCHANG))
                .statusCode(200).body("findings.code", hasItem("ORG_MISMATCH"));
    }

    /**
     * The command line writes the engine's own JSON; read back and mapped like the endpoint maps it,
     * it is what the endpoint serves for the same text.
     */
    @ParameterizedTest
    @ValueSource(strings = {Fixtures.BAOCHANG_2024, Fixtures.DONGJITUO_2024, Fixtures.WANGCHANG_2023})
    void theCommandLineAnalyzesLikeTheEndpoint(String fixture) throws Exception {
        String served = draft(Map.of("text", Fixtures.report(fixture))).statusCode(200).extract().asString();
        Path out = Files.createTempDirectory("analysis");
        assertEquals(0, AnalyzeReportsCommand.run(new String[] {"--out", out.toString(),
                Fixtures.reportsDir().resolve(fixture).toString()}, System.out, System.err));
        ReportAnalysis written = AnalysisJson.mapper()
                .readValue(out.resolve(fixture.replace(".txt", ".analysis.json")).toFile(), ReportAnalysis.class);
        assertEquals(json.readTree(served), json.readTree(json.writeValueAsString(EngineMapper.toView(written))));
    }

    @Test
    void badDraftsAreRefused() {
        draft(Map.of("text", "  ")).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("text"));
        draft(Map.of("text", "正文", "townshipCode", "abc")).statusCode(400).body("errors.field", hasItem("townshipCode"));
        given().contentType(ContentType.JSON).body(Map.of("text", "正文")).when().post("/api/v1/analysis").then().statusCode(401);
    }

    @Test
    void theCatalogIsServed() {
        given().auth().oauth2(Tokens.viewer("32")).when().get("/api/v1/indicators/catalog")
                .then().statusCode(200)
                .body("indicators.code", hasItems("leadership.law_study_sessions", "disputes.resolution_rate",
                        "hotline.requests", "enforcement.fines", "staff_training.participants"))
                .body("indicators.find { it.code == 'disputes.resolution_rate' }.aggregation", equalTo("rate"))
                .body("indicators.find { it.code == 'enforcement.fines' }.unit", equalTo("元"))
                .body("sections.code", hasItems("MEASURES", "SHORTCOMINGS", "LEADERSHIP", "PLANS"))
                .body("units.'件'", hasItems("件", "起", "宗"))
                .body("indicators", not(empty()));
    }
}
