package cn.fazhi.review;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.fazhi.events.CloudEvent;
import cn.fazhi.events.EventContract;
import cn.fazhi.events.ReportAnalyzed;
import cn.fazhi.events.ReportSubmitted;
import cn.fazhi.testing.BadInputCase;
import cn.fazhi.testing.BadInputCorpus;
import cn.fazhi.testing.KafkaTopics;
import cn.fazhi.testing.Tokens;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The review-service's cases of the platform's bad-input corpus ({@link BadInputCorpus}): each
 * refused with a 4xx problem+json in Chinese, and no case, comment, history step, place or outbox
 * row stored. The cases that address a review case get an OPEN one whose analysis found only
 * {@code MISSING_SECTION}.
 */
@QuarkusTest
class BadInputTest {

    static final String TOWNSHIP = "320684305";
    private static final List<String> TABLES = List.of("review_case", "review_comment", "review_history", "place",
            "place_name", "place_amendment", "outbox_event");
    private static String caseId;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @TestHTTPResource("/")
    URI base;

    static List<BadInputCase> corpus() {
        return BadInputCorpus.cases("review-service");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachBadRequestIsRefusedAndStoresNothing(BadInputCase c) throws Exception {
        Map<String, String> placeholders = Map.of("caseId", anOpenCase(), "missingId", UUID.randomUUID().toString());
        Map<String, Long> before = stored();
        HttpResponse<String> answer = BadInputCorpus.send(c, base, Tokens.of("corpus-" + c.role(), c.org(), c.role()),
                placeholders);
        assertNull(BadInputCorpus.mismatch(c, answer), c.name());
        assertEquals(before, stored(), "stored by " + c.name());
    }

    /** An OPEN case of the corpus's township at COUNTY level, with one finding: MISSING_SECTION. */
    private String anOpenCase() throws Exception {
        if (caseId == null) {
            UUID reportId = UUID.randomUUID();
            KafkaTopics.produce("reports.submitted", TOWNSHIP, json.writeValueAsString(new CloudEvent<>("1.0",
                    UUID.randomUUID().toString(), "/report-service", EventContract.REPORT_SUBMITTED.type(),
                    reportId.toString(), OffsetDateTime.now(), "application/json", new ReportSubmitted(reportId, 1,
                            TOWNSHIP, 2024, "年度报告", "一、主要举措和成效\n共调解各类矛盾纠纷46起。", "0".repeat(64),
                            "clerk-" + TOWNSHIP, OffsetDateTime.now(), false, List.of("COUNTY", "PROVINCE")))));
            KafkaTopics.produce("reports.analyzed", TOWNSHIP, json.writeValueAsString(new CloudEvent<>("1.0",
                    UUID.randomUUID().toString(), "/metrics-service", EventContract.REPORT_ANALYZED.type(),
                    reportId.toString(), OffsetDateTime.now(), "application/json", new ReportAnalyzed(reportId, 1,
                            TOWNSHIP, 2024, 1, 0, List.of(new ReportAnalyzed.Finding("MISSING_SECTION", "ERROR", "缺少部分", 0, 0))))));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                var response = given().auth().oauth2(Tokens.admin())
                        .when().get("/api/v1/reports/{id}/versions/1/review", reportId).then().extract();
                return response.statusCode() == 200 && "OPEN".equals(response.path("status"));
            });
            caseId = given().auth().oauth2(Tokens.admin()).when().get("/api/v1/reports/{id}/versions/1/review", reportId)
                    .then().extract().path("id");
        }
        return caseId;
    }

    private Map<String, Long> stored() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String table : TABLES) {
                counts.put(table, ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult()).longValue());
            }
            return counts;
        });
    }
}
