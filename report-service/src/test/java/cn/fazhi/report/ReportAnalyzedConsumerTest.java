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

/** report-service follows reports.analyzed: once, however often it is delivered; poison goes aside. */
@QuarkusTest
class ReportAnalyzedConsumerTest {

    @Inject
    EntityManager em;

    static String analyzed(String eventId, String reportId, String township) {
        return """
                {"specversion":"1.0","id":"%s","source":"/metrics-service","type":"cn.fazhi.report.analyzed.v1",
                 "subject":"%s","time":"2025-01-10T08:00:00Z","datacontenttype":"application/json",
                 "data":{"reportId":"%s","version":1,"townshipCode":"%s","year":2024,"mentionCount":3,
                         "indicatorCount":0,"findings":[]}}""".formatted(eventId, reportId, reportId, township);
    }

    private String submit(String township) {
        return given().auth().oauth2(Tokens.reporter(township)).contentType(ContentType.JSON)
                .body(Map.of("townshipCode", township, "year", 2024, "title", "报告", "text", "正文"))
                .when().post("/api/v1/reports").then().statusCode(201).extract().path("id");
    }

    private String status(String id) {
        return given().auth().oauth2(Tokens.admin()).when().get("/api/v1/reports/{id}", id).then().extract().path("status");
    }

    private long applied(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from processed_event where event_id = :id")
                .setParameter("id", eventId).getSingleResult()).longValue());
    }

    @Test
    void anAnalysedReportMovesToReviewAndARepeatIsANoOp() {
        String id = submit("320684401");
        String eventId = UUID.randomUUID().toString();
        KafkaTopics.produce("reports.analyzed", "320684401", analyzed(eventId, id, "320684401"));
        KafkaTopics.produce("reports.analyzed", "320684401", analyzed(eventId, id, "320684401"));

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "IN_REVIEW".equals(status(id)));
        assertEquals(1L, applied(eventId));
    }

    @Test
    void aPoisonEventGoesToTheDeadLetterTopicAndTheStreamGoesOn() {
        String poison = "{\"specversion\":\"1.0\",\"id\":\"poison-" + UUID.randomUUID() + "\",\"type\":\"cn.fazhi.report.analyzed.v1\"}";
        KafkaTopics.produce("reports.analyzed", "320684402", poison);
        KafkaTopics.produce("reports.analyzed", "320684402", "not even json");

        String id = submit("320684402");
        KafkaTopics.produce("reports.analyzed", "320684402", analyzed(UUID.randomUUID().toString(), id, "320684402"));

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "IN_REVIEW".equals(status(id)));
        var dead = KafkaTopics.read("reports.analyzed.dlq",
                seen -> seen.stream().filter(r -> "320684402".equals(r.key())).count() >= 2, Duration.ofSeconds(30));
        assertEquals(2, dead.stream().filter(r -> "320684402".equals(r.key())).count());
    }
}
