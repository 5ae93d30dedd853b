package cn.fazhi.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import cn.fazhi.testing.KafkaTopics;
import cn.fazhi.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** A version left without an analysis for longer than report.stuck-after is listed, and counted in the health group. */
@QuarkusTest
class StuckVersionsTest {

    @Inject
    EntityManager em;

    @Test
    void aVersionWaitingTooLongForItsAnalysisIsStuckUntilTheAnalysisArrives() {
        String township = "320684601";
        String fresh = submit(township, 2024);
        String old = submit(township, 2023);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update report_version set submitted_at = now() - interval '10 minutes' where report_id = '" + old + "'")
                .executeUpdate());

        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/admin/stuck-versions").then().statusCode(200)
                .body("reportId", hasItem(old))
                .body("reportId", not(hasItem(fresh)))
                .body("find { it.reportId == '" + old + "' }.waitingFor", equalTo("NO_ANALYSIS"))
                .body("find { it.reportId == '" + old + "' }.townshipCode", equalTo(township));
        given().when().get("/q/health/group/stuck-work").then().statusCode(503)
                .body("checks.find { it.name == 'stuck-versions' }.status", equalTo("DOWN"));
        given().when().get("/q/health/ready").then().statusCode(200);

        KafkaTopics.produce("reports.analyzed", township, ReportAnalyzedConsumerTest.analyzed(UUID.randomUUID().toString(), old, township));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            List<String> stuck = given().auth().oauth2(Tokens.admin()).when().get("/api/v1/admin/stuck-versions")
                    .then().statusCode(200).extract().path("reportId");
            return !stuck.contains(old);
        });
        given().auth().oauth2(Tokens.reviewer("32")).when().get("/api/v1/admin/stuck-versions").then().statusCode(403);
    }

    private String submit(String township, int year) {
        return given().auth().oauth2(Tokens.reporter(township)).contentType(ContentType.JSON)
                .body(Map.of("townshipCode", township, "year", year, "title", "报告", "text", "正文"))
                .when().post("/api/v1/reports").then().statusCode(201).extract().path("id");
    }
}
