package cn.fazhi.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.fazhi.testing.KafkaTopics;
import cn.fazhi.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * A valid event that fails for a reason that outlasts the consumer's retries (here a database
 * trigger refusing the write) is dead-lettered with the reason, the exception class and the
 * attempt count, and none of its attempts leaves a trace: the inbox row rolls back with the
 * effect. The admin sees it, replays it once the cause is gone, and its effect happens exactly once.
 */
@QuarkusTest
class DeadLetterReplayTest {

    static final String TOWNSHIP = "320684501";

    @Inject
    EntityManager em;

    @Test
    void aValidEventDeadLetteredAfterItsRetriesIsReplayedByAnAdminAndAppliedOnce() {
        String reportId = submit(TOWNSHIP, 2024);
        String eventId = UUID.randomUUID().toString();
        sql("create or replace function refuse_analysis() returns trigger language plpgsql as $$ "
                + "begin raise exception 'drill: refused for %', new.report_id; end $$");
        sql("create trigger refuse_analysis before insert on version_analysis for each row "
                + "when (new.report_id = '" + reportId + "') execute function refuse_analysis()");
        try {
            KafkaTopics.produce("reports.analyzed", TOWNSHIP, ReportAnalyzedConsumerTest.analyzed(eventId, reportId, TOWNSHIP));
            JsonPath letter = awaitDeadLetter("reports.analyzed", eventId);
            assertEquals("report-service", letter.getString("consumer"));
            assertEquals(4, letter.getInt("attempts"));
            assertEquals("WAITING", letter.getString("status"));
            assertEquals(0L, count("select count(*) from processed_event where event_id = '" + eventId + "'"));
            assertEquals("SUBMITTED", status(reportId));
        } finally {
            sql("drop trigger if exists refuse_analysis on version_analysis");
        }

        String letterId = awaitDeadLetter("reports.analyzed", eventId).getString("id");
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/admin/dead-letters/{id}", letterId)
                .then().statusCode(200).body("payload", org.hamcrest.Matchers.containsString(eventId));
        given().auth().oauth2(Tokens.admin()).when().post("/api/v1/admin/dead-letters/{id}/replay", letterId)
                .then().statusCode(200).body("status", equalTo("REPLAYED")).body("resolvedBy", equalTo("admin"));

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "IN_REVIEW".equals(status(reportId)));
        assertEquals(1L, count("select count(*) from processed_event where event_id = '" + eventId + "'"));
        assertEquals(1L, count("select count(*) from version_analysis where report_id = '" + reportId + "'"));

        given().auth().oauth2(Tokens.admin()).when().post("/api/v1/admin/dead-letters/{id}/replay", letterId)
                .then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("reason", "已处理"))
                .when().post("/api/v1/admin/dead-letters/{id}/discard", letterId)
                .then().statusCode(409);
        given().auth().oauth2(Tokens.admin()).queryParam("topic", "reports.analyzed")
                .when().get("/api/v1/admin/dead-letters")
                .then().statusCode(200).body("items.eventId", not(hasItem(eventId)));
    }

    @Test
    void aRefusedEventPolledWithOthersIsDeadLetteredAloneAndItsNeighboursAreAppliedOnce() {
        String township = "320684504";
        String before = submit(township, 2022);
        String refused = submit(township, 2023);
        String after = submit(township, 2024);
        List<String> events = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                UUID.randomUUID().toString());
        sql("create or replace function refuse_analysis() returns trigger language plpgsql as $$ "
                + "begin raise exception 'drill: refused for %', new.report_id; end $$");
        sql("create trigger refuse_analysis before insert on version_analysis for each row "
                + "when (new.report_id = '" + refused + "') execute function refuse_analysis()");
        try {
            KafkaTopics.produceAll("reports.analyzed", township, List.of(
                    ReportAnalyzedConsumerTest.analyzed(events.get(0), before, township),
                    ReportAnalyzedConsumerTest.analyzed(events.get(1), refused, township),
                    ReportAnalyzedConsumerTest.analyzed(events.get(2), after, township)));
            assertEquals(4, awaitDeadLetter("reports.analyzed", events.get(1)).getInt("attempts"));
        } finally {
            sql("drop trigger if exists refuse_analysis on version_analysis");
        }
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> "IN_REVIEW".equals(status(before)) && "IN_REVIEW".equals(status(after)));
        assertEquals("SUBMITTED", status(refused));
        for (String neighbour : List.of(before, after)) {
            assertEquals(1L, count("select count(*) from version_analysis where report_id = '" + neighbour + "'"));
        }
        assertEquals(0L, count("select count(*) from processed_event where event_id = '" + events.get(1) + "'"));
        assertEquals(2L, count("select count(*) from processed_event where event_id in ('" + events.get(0) + "', '"
                + events.get(2) + "')"));
        given().auth().oauth2(Tokens.admin()).queryParam("topic", "reports.analyzed").queryParam("size", 100)
                .when().get("/api/v1/admin/dead-letters")
                .then().statusCode(200).body("items.eventId", not(hasItem(events.get(0))))
                .body("items.eventId", not(hasItem(events.get(2))));
    }

    @Test
    void aPoisonRecordIsDeadLetteredAtOnceAndDiscardedWithAReasonThatIsKept() {
        String poisonId = "poison-" + UUID.randomUUID();
        KafkaTopics.produce("reports.analyzed", "320684502",
                "{\"specversion\":\"1.0\",\"id\":\"" + poisonId + "\",\"type\":\"cn.fazhi.report.analyzed.v1\",\"data\":{}}");
        JsonPath letter = awaitDeadLetter("reports.analyzed", poisonId);
        assertEquals(1, letter.getInt("attempts"));
        assertEquals("cn.fazhi.messaging.PoisonEventException", letter.getString("exceptionClass"));
        String letterId = letter.getString("id");

        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("reason", " "))
                .when().post("/api/v1/admin/dead-letters/{id}/discard", letterId)
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("reason", "测试用的坏数据"))
                .when().post("/api/v1/admin/dead-letters/{id}/discard", letterId)
                .then().statusCode(200).body("status", equalTo("DISCARDED")).body("discardReason", equalTo("测试用的坏数据"));
        given().auth().oauth2(Tokens.admin()).queryParam("status", "DISCARDED").queryParam("size", 100)
                .when().get("/api/v1/admin/dead-letters")
                .then().statusCode(200).body("items.eventId", hasItem(poisonId));
    }

    @Test
    void replayingATopicSendsEveryWaitingLetterBackAndAnAlreadyAppliedEventChangesNothing() {
        String reportId = submit("320684503", 2024);
        String eventId = UUID.randomUUID().toString();
        String event = ReportAnalyzedConsumerTest.analyzed(eventId, reportId, "320684503");
        KafkaTopics.produce("reports.analyzed", "320684503", event);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "IN_REVIEW".equals(status(reportId)));
        // The same event as another consumer would have dead-lettered it: already applied here.
        KafkaTopics.produceWithHeaders("reports.analyzed.dlq", "320684503", event,
                Map.of("dead-letter-topic", "reports.analyzed", "dead-letter-reason", "drill",
                        "dead-letter-consumer", "review-service", "dead-letter-attempts", "4"));
        String letterId = awaitDeadLetter("reports.analyzed", eventId).getString("id");

        List<String> replayed = given().auth().oauth2(Tokens.admin()).queryParam("topic", "reports.analyzed")
                .when().post("/api/v1/admin/dead-letters/replay")
                .then().statusCode(200).extract().path("ids");
        org.junit.jupiter.api.Assertions.assertTrue(replayed.contains(letterId), replayed::toString);
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/admin/dead-letters/{id}", letterId)
                .then().statusCode(200).body("status", equalTo("REPLAYED"));
        String marker = submit("320684503", 2023);
        KafkaTopics.produce("reports.analyzed", "320684503", ReportAnalyzedConsumerTest.analyzed(UUID.randomUUID().toString(), marker, "320684503"));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "IN_REVIEW".equals(status(marker)));
        assertEquals(1L, count("select count(*) from processed_event where event_id = '" + eventId + "'"));
    }

    @Test
    void onlyAnAdminSeesDeadLettersAndAStrangeFilterIsRefused() {
        given().auth().oauth2(Tokens.reviewer("32")).when().get("/api/v1/admin/dead-letters").then().statusCode(403);
        given().auth().oauth2(Tokens.admin()).queryParam("status", "LOST").when().get("/api/v1/admin/dead-letters")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Tokens.admin()).when().post("/api/v1/admin/dead-letters/replay")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Tokens.admin()).when().post("/api/v1/admin/dead-letters/{id}/replay", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    private JsonPath awaitDeadLetter(String topic, String eventId) {
        return Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
            JsonPath page = given().auth().oauth2(Tokens.admin()).queryParam("topic", topic).queryParam("size", 100)
                    .queryParam("status", "WAITING")
                    .when().get("/api/v1/admin/dead-letters").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            for (int i = 0; i < items.size(); i++) {
                if (eventId.equals(items.get(i).get("eventId"))) {
                    return page.setRootPath("items[" + i + "]");
                }
            }
            return null;
        }, java.util.Objects::nonNull);
    }

    private String submit(String township, int year) {
        return given().auth().oauth2(Tokens.reporter(township)).contentType(ContentType.JSON)
                .body(Map.of("townshipCode", township, "year", year, "title", "报告", "text", "正文"))
                .when().post("/api/v1/reports").then().statusCode(201).extract().path("id");
    }

    private String status(String id) {
        return given().auth().oauth2(Tokens.admin()).when().get("/api/v1/reports/{id}", id).then().extract().path("status");
    }

    private void sql(String statement) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(statement).executeUpdate());
    }

    private long count(String query) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(query).getSingleResult()).longValue());
    }
}
