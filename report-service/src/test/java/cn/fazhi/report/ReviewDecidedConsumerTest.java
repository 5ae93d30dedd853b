package cn.fazhi.report;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.fazhi.testing.KafkaTopics;
import cn.fazhi.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * report-service follows reviews.decided by the event's own fields: an approval approves the report
 * when review-service says it is final, whatever level it comes from; report-service keeps no chain
 * to second-guess it. The levels below are chosen so that reading the version's chain
 * (COUNTY,PROVINCE, the default) would give the opposite answer.
 */
@QuarkusTest
class ReviewDecidedConsumerTest {

    @Inject
    EntityManager em;

    static String decided(String eventId, String reportId, int version, String township, String level,
            String decision, boolean finalDecision) {
        return """
                {"specversion":"1.0","id":"%s","source":"/review-service","type":"cn.fazhi.review.decided.v1",
                 "subject":"%s","time":"2025-02-01T08:00:00Z","datacontenttype":"application/json",
                 "data":{"reportId":"%s","version":%d,"townshipCode":"%s","level":"%s","decision":"%s",
                         "finalDecision":%s,"reviewer":"reviewer","commentIds":[]}}"""
                .formatted(eventId, reportId, reportId, version, township, level, decision, finalDecision);
    }

    private String inReview(String township) {
        String id = given().auth().oauth2(Tokens.reporter(township)).contentType(ContentType.JSON)
                .body(Map.of("townshipCode", township, "year", 2024, "title", "报告", "text", "正文"))
                .when().post("/api/v1/reports").then().statusCode(201).extract().path("id");
        KafkaTopics.produce("reports.analyzed", township,
                ReportAnalyzedConsumerTest.analyzed(UUID.randomUUID().toString(), id, township));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "IN_REVIEW".equals(status(id)));
        return id;
    }

    private String status(String id) {
        return given().auth().oauth2(Tokens.admin()).when().get("/api/v1/reports/{id}", id).then().extract().path("status");
    }

    private boolean applied(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from processed_event where event_id = :id")
                .setParameter("id", eventId).getSingleResult()).longValue() == 1);
    }

    @Test
    void aFinalApprovalApprovesTheReportWhateverTheLevel() {
        String township = "320684411";
        String id = inReview(township);
        KafkaTopics.produce("reviews.decided", township,
                decided(UUID.randomUUID().toString(), id, 1, township, "COUNTY", "APPROVED", true));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "APPROVED".equals(status(id)));
    }

    @Test
    void anApprovalThatIsNotFinalKeepsTheReportInReview() {
        String township = "320684412";
        String id = inReview(township);
        String eventId = UUID.randomUUID().toString();
        KafkaTopics.produce("reviews.decided", township,
                decided(eventId, id, 1, township, "PROVINCE", "APPROVED", false));
        // the inbox records the event in the transaction that applied it: once it is there, the effect is too
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> applied(eventId));
        assertEquals("IN_REVIEW", status(id));
    }

    @Test
    void aDecisionWithoutFinalityIsPoison() {
        String township = "320684413";
        String id = inReview(township);
        String withoutFinality = decided(UUID.randomUUID().toString(), id, 1, township, "PROVINCE", "APPROVED", true)
                .replace("\"finalDecision\":true,", "");
        KafkaTopics.produce("reviews.decided", township, withoutFinality);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> KafkaTopics.read("reviews.decided.dlq",
                seen -> seen.stream().anyMatch(r -> r.value().contains(id)), Duration.ofSeconds(5)).stream()
                .anyMatch(r -> r.value().contains(id)));
        assertEquals("IN_REVIEW", status(id));
    }
}
