package cn.fazhi.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.fazhi.testing.BadInputCase;
import cn.fazhi.testing.BadInputCorpus;
import cn.fazhi.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Year;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever a client sends wrong gets a 4xx problem+json in Chinese, and nothing is stored: the
 * report-service's cases of the platform's bad-input corpus ({@link BadInputCorpus}), each sent as
 * it is, with every table counted before and after.
 */
@QuarkusTest
class BadInputTest {

    static final String TOWNSHIP = "320684301";
    private static final List<String> TABLES = List.of("report", "report_version", "campaign", "idempotency_key",
            "outbox_event");
    private static String reportId;

    @Inject
    EntityManager em;

    @TestHTTPResource("/")
    URI base;

    static List<BadInputCase> corpus() {
        return BadInputCorpus.cases("report-service");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachBadRequestIsRefusedAndStoresNothing(BadInputCase c) throws Exception {
        Map<String, String> placeholders = Map.of("reportId", aReport(), "missingId", UUID.randomUUID().toString());
        Map<String, Long> before = stored();
        HttpResponse<String> answer = BadInputCorpus.send(c, base, Tokens.of("corpus-" + c.role(), c.org(), c.role()),
                placeholders);
        assertNull(BadInputCorpus.mismatch(c, answer), c.name());
        assertEquals(before, stored(), "stored by " + c.name());
    }

    @Test
    void aChunkedBodyWithinTheLimitIsRead() {
        byte[] body = ("{\"townshipCode\":\"" + TOWNSHIP + "\",\"year\":2018,\"title\":\"2018年度报告\",\"text\":\""
                + "共调解纠纷46起。".repeat(10_000) + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        given().auth().oauth2(Tokens.reporter(TOWNSHIP)).contentType(ContentType.JSON)
                .body(new java.io.ByteArrayInputStream(body))
                .when().post("/api/v1/reports")
                .then().statusCode(201).body("year", equalTo(2018));
    }

    @Test
    void aYearAfterTheCurrentOneIsRefused() {
        int next = Year.now(ZoneId.of("Asia/Shanghai")).getValue() + 1;
        given().auth().oauth2(Tokens.reporter(TOWNSHIP)).contentType(ContentType.JSON)
                .body("{\"townshipCode\":\"320684301\",\"year\":" + next + ",\"title\":\"t\",\"text\":\"x\"}")
                .when().post("/api/v1/reports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("year"));
    }

    @Test
    void aFiftyMegabyteBodyIsRefused() {
        Map<String, Long> before = stored();
        String text = "法".repeat(50 * 1024 * 1024 / 3);
        given().config(RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.protocol.expect-continue", true)))
                .auth().oauth2(Tokens.reporter(TOWNSHIP)).contentType(ContentType.JSON)
                .body("{\"townshipCode\":\"320684301\",\"year\":2024,\"title\":\"t\",\"text\":\"" + text + "\"}")
                .when().post("/api/v1/reports")
                .then().statusCode(413).contentType("application/problem+json").body("status", equalTo(413));
        assertEquals(before, stored());
    }

    /** A stored report of the corpus's township, for the cases that address one. */
    private String aReport() {
        if (reportId == null) {
            reportId = given().auth().oauth2(Tokens.reporter(TOWNSHIP)).contentType(ContentType.JSON)
                    .body("{\"townshipCode\":\"" + TOWNSHIP + "\",\"year\":2019,\"title\":\"2019年度报告\",\"text\":\"一、主要举措\"}")
                    .when().post("/api/v1/reports").then().statusCode(201).extract().path("id");
        }
        return reportId;
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
