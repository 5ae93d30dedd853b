package cn.fazhi.report;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.fazhi.testing.KafkaTopics;
import cn.fazhi.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** report-service follows reports.analyzed: once, however often it is delivered; poison goes aside. */
@QuarkusTest
class ReportAnalyzedConsumerTest {

    static String analyzed(String eventId, String reportId, String township) {
        return """
                {"specversion":"1.0","id":"%s","source":"/metrics-service","type":"cn.fazhi.report.analyzed.v1",
                 "subject":"%s","time":"2025-01-10T08:00:00Z","datacontenttype":"application/json",
                 "data":{"reportId":"%s","version":1,"townshipCode":"%s","year":2024,"mentionCount":3,
                         "indicatorCount":0,"findings":[]}}""".formatted(eventId, reportId, reportId, township);
    }

    private String submit(String township) {
        return submit(township, 2024);
    }

    private String submit(String township, int year) {
        return given().auth().oauth2(Tokens.reporter(township)).contentType(ContentType.JSON)
                .body(Map.of("townshipCode", township, "year", year, "title", "报告", "text", "正文"))
                .when().post("/api/v1/reports").then().statusCode(201).extract().path("id");
    }

    private String status(String id) {
        return given().auth().oauth2(Tokens.admin()).when().get("/api/v1/reports/{id}", id).then().extract().path("status");
    }

    private String updatedAt(String id) {
        return given().auth().oauth2(Tokens.admin()).when().get("/api/v1/reports/{id}", id).then().extract().path("updatedAt");
    }

    /**
     * A redelivered event, arriving after the report has moved on, changes nothing. The marker is a
     * later event with the same key (so the same partition, consumed in order): once its effect is
     * visible, the repeat has been consumed too.
     */
    @Test
    void anAnalyzedReportMovesToReviewAndARedeliveryChangesNothing() {
        String township = "320684401";
        String id = submit(township);
        String event = analyzed(UUID.randomUUID().toString(), id, township);
        KafkaTopics.produce("reports.analyzed", township, event);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "IN_REVIEW".equals(status(id)));
        KafkaTopics.produce("reviews.decided", township,
                ReviewDecidedConsumerTest.decided(UUID.randomUUID().toString(), id, 1, township, "COUNTY", "RETURNED", true));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "RETURNED".equals(status(id)));
        String returnedAt = updatedAt(id);

        KafkaTopics.produce("reports.analyzed", township, event);
        String marker = submit(township, 2023);
        KafkaTopics.produce("reports.analyzed", township, analyzed(UUID.randomUUID().toString(), marker, township));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "IN_REVIEW".equals(status(marker)));

        assertEquals("RETURNED", status(id));
        assertEquals(returnedAt, updatedAt(id));
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
