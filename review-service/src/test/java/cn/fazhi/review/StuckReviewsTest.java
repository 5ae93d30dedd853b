package cn.fazhi.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import cn.fazhi.events.CloudEvent;
import cn.fazhi.events.EventContract;
import cn.fazhi.events.ReportAnalyzed;
import cn.fazhi.events.ReportSubmitted;
import cn.fazhi.testing.KafkaTopics;
import cn.fazhi.testing.Tokens;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** A case waiting too long for its analysis is stuck work, listed for the admin and counted in the health group. */
@QuarkusTest
class StuckReviewsTest {

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager em;

    private String event(EventContract contract, Record data, UUID reportId) throws Exception {
        return json.writeValueAsString(new CloudEvent<>("1.0", UUID.randomUUID().toString(), "/test", contract.type(),
                reportId.toString(), OffsetDateTime.now(), "application/json", data));
    }

    private List<String> stuck() {
        return given().auth().oauth2(Tokens.admin()).when().get("/api/v1/admin/stuck-reviews")
                .then().statusCode(200).extract().path("reportId");
    }

    @Test
    void aCaseAwaitingItsAnalysisTooLongIsStuckUntilTheAnalysisArrives() throws Exception {
        String township = "320684801";
        UUID reportId = UUID.randomUUID();
        KafkaTopics.produce("reports.submitted", township, event(EventContract.REPORT_SUBMITTED, new ReportSubmitted(
                reportId, 1, township, 2024, "年度报告", "正文", "0".repeat(64), "clerk", OffsetDateTime.now(), false,
                List.of("COUNTY", "PROVINCE")), reportId));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(Tokens.admin())
                .when().get("/api/v1/reports/{id}/versions/1/review", reportId).then().extract().statusCode() == 200);
        org.junit.jupiter.api.Assertions.assertFalse(stuck().contains(reportId.toString()), "not stuck yet");

        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update review_case set opened_at = now() - interval '10 minutes' where report_id = :id")
                .setParameter("id", reportId).executeUpdate());
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/admin/stuck-reviews").then().statusCode(200)
                .body("reportId", hasItem(reportId.toString()))
                .body("find { it.reportId == '" + reportId + "' }.waitingFor", equalTo("AWAITING_ANALYSIS"));
        given().when().get("/q/health/group/stuck-work").then().statusCode(503)
                .body("checks.find { it.name == 'stuck-review-cases' }.status", equalTo("DOWN"));

        KafkaTopics.produce("reports.analyzed", township, event(EventContract.REPORT_ANALYZED,
                new ReportAnalyzed(reportId, 1, township, 2024, 1, 0, List.of()), reportId));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !stuck().contains(reportId.toString()));
        given().auth().oauth2(Tokens.reviewer("32")).when().get("/api/v1/admin/stuck-reviews").then().statusCode(403);
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/admin/stuck-reviews").then()
                .body("reportId", not(hasItem(reportId.toString())));
    }
}
