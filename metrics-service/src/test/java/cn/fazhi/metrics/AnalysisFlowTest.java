package cn.fazhi.metrics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.fazhi.events.CloudEvent;
import cn.fazhi.events.EventContract;
import cn.fazhi.events.ReportSubmitted;
import cn.fazhi.metrics.repository.AnalysisRepository;
import cn.fazhi.messaging.OutboxEvent;
import cn.fazhi.metrics.mapping.AnalysisMapper;
import cn.fazhi.testing.Fixtures;
import cn.fazhi.testing.KafkaTopics;
import cn.fazhi.testing.Tokens;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AnalysisFlowTest {

    static final String BAOCHANG = "320684104";

    @Inject
    ObjectMapper json;

    @Inject
    AnalysisRepository analyses;

    @Inject
    EntityManager em;

    private String submittedEvent(String eventId, UUID reportId, String township, String text) throws Exception {
        ReportSubmitted data = new ReportSubmitted(reportId, 1, township, 2024, "2024年度法治政府建设工作报告", text,
                "0".repeat(64), "clerk", OffsetDateTime.parse("2025-01-10T08:00:00Z"), false, List.of("COUNTY", "PROVINCE"));
        return json.writeValueAsString(new CloudEvent<>("1.0", eventId, "/report-service",
                EventContract.REPORT_SUBMITTED.type(), reportId.toString(), OffsetDateTime.now(), "application/json", data));
    }

    private int analysisStatus(UUID reportId) {
        return given().auth().oauth2(Tokens.admin()).when().get("/api/v1/reports/{id}/versions/1/analysis", reportId)
                .then().extract().statusCode();
    }

    /**
     * A redelivered submission is analyzed and announced once. The marker is a later submission
     * with the same key (so the same partition, consumed in order): once it is analyzed, the
     * repeat has been consumed; once its announcement is on the topic, the report's are too.
     */
    @Test
    void aSubmittedReportIsAnalyzedOnceAndAnnounced() throws Exception {
        UUID reportId = UUID.randomUUID();
        String event = submittedEvent(UUID.randomUUID().toString(), reportId, BAOCHANG,
                Fixtures.report(Fixtures.BAOCHANG_2024));
        KafkaTopics.produce("reports.submitted", BAOCHANG, event);
        KafkaTopics.produce("reports.submitted", BAOCHANG, event);
        UUID marker = UUID.randomUUID();
        KafkaTopics.produce("reports.submitted", BAOCHANG,
                submittedEvent(UUID.randomUUID().toString(), marker, BAOCHANG, "调解纠纷46起。"));

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> analysisStatus(reportId) == 200);
        JsonPath analysis = given().auth().oauth2(Tokens.reporter(BAOCHANG))
                .when().get("/api/v1/reports/{id}/analysis", reportId)
                .then().statusCode(200)
                .body("townshipCode", equalTo(BAOCHANG))
                .body("engineVersion", equalTo(cn.fazhi.analysis.ReportAnalyzer.ENGINE_VERSION))
                .body("indicators.code", hasItem("litigation.cases"))
                .body("mentions.text", hasItem("12宗"))
                .body("mentions.text", hasItem("超过2000份"))
                .extract().jsonPath();
        int at = analysis.getList("mentions.text").indexOf("12宗");
        assertEquals(12, analysis.getInt("mentions[" + at + "].value"));
        assertEquals("宗", analysis.getString("mentions[" + at + "].unit"));
        assertEquals("EXACT", analysis.getString("mentions[" + at + "].approx"));

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> analysisStatus(marker) == 200);
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("payload like ?1",
                "%\"subject\":\"" + reportId + "\"%")), "reports.analyzed must be recorded once for a repeated submission");
        List<ConsumerRecord<String, String>> relayed = KafkaTopics.read("reports.analyzed",
                seen -> seen.stream().anyMatch(r -> r.value().contains(marker.toString())), Duration.ofSeconds(30));
        assertTrue(relayed.stream().anyMatch(r -> r.value().contains(marker.toString())), "the marker is relayed");
        List<ConsumerRecord<String, String>> announced = relayed.stream()
                .filter(r -> r.value().contains(reportId.toString())).toList();
        assertEquals(1, announced.size(), "reports.analyzed must be emitted once for a repeated submission");
        assertEquals(BAOCHANG, announced.get(0).key());
        JsonNode data = json.readTree(announced.get(0).value()).get("data");
        assertEquals(analysis.getList("mentions").size(), data.get("mentionCount").asInt());
        // baochang has no shortcomings section: stored and announced with the section's code beside the message
        assertEquals("SHORTCOMINGS", analysis.getString("findings.find { it.code == 'MISSING_SECTION' }.sectionCode"));
        assertEquals("SHORTCOMINGS", data.get("findings").get(0).get("sectionCode").asText());
    }

    @Test
    void aPoisonEventGoesToTheDeadLetterTopicAndTheNextOneIsAnalyzed() throws Exception {
        String township = "320684105";
        KafkaTopics.produce("reports.submitted", township, "{\"specversion\":\"1.0\",\"id\":\"p-" + UUID.randomUUID()
                + "\",\"type\":\"cn.fazhi.report.submitted.v1\",\"data\":{\"reportId\":\"nope\"}}");
        UUID reportId = UUID.randomUUID();
        KafkaTopics.produce("reports.submitted", township,
                submittedEvent(UUID.randomUUID().toString(), reportId, township, "调解纠纷46起，化解44起。"));

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> analysisStatus(reportId) == 200);
        var dead = KafkaTopics.read("reports.submitted.dlq",
                seen -> seen.stream().anyMatch(r -> township.equals(r.key())), Duration.ofSeconds(20));
        assertEquals(1, dead.stream().filter(r -> township.equals(r.key())).count());
    }

    @Test
    void onlyThoseInScopeReadAnAnalysis() throws Exception {
        String township = "320684106";
        UUID reportId = UUID.randomUUID();
        KafkaTopics.produce("reports.submitted", township,
                submittedEvent(UUID.randomUUID().toString(), reportId, township, "发放宣传资料20000余份。"));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> analysisStatus(reportId) == 200);

        given().auth().oauth2(Tokens.reporter(township)).when().get("/api/v1/reports/{id}/analysis", reportId)
                .then().statusCode(200).body("mentions[0].text", equalTo("20000余份"))
                .body("mentions[0].approx", equalTo("AT_LEAST"));
        given().auth().oauth2(Tokens.reviewer("320684")).when().get("/api/v1/reports/{id}/analysis", reportId)
                .then().statusCode(200);
        given().auth().oauth2(Tokens.reporter("320684107")).when().get("/api/v1/reports/{id}/analysis", reportId)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.reviewer("500240")).when().get("/api/v1/reports/{id}/analysis", reportId)
                .then().statusCode(403);
        given().when().get("/api/v1/reports/{id}/analysis", reportId).then().statusCode(401);
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/reports/{id}/versions/2/analysis", reportId)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/reports/{id}/versions/0/analysis", reportId)
                .then().statusCode(400).contentType("application/problem+json");
    }

    /**
     * metrics-service follows the event's finality, not a chain of its own: the levels are chosen so
     * that reading the version's chain (COUNTY,PROVINCE) would give the opposite answer.
     */
    @Test
    void theVersionWhoseApprovalIsFinalIsOfficialAndAPublishedOneIsReadByPortals() throws Exception {
        String township = "320684108";
        UUID reportId = UUID.randomUUID();
        KafkaTopics.produce("reports.submitted", township,
                submittedEvent(UUID.randomUUID().toString(), reportId, township, "调解纠纷46起。"));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> analysisStatus(reportId) == 200);
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/reports/{id}/analysis", reportId)
                .then().body("official", equalTo(false));
        given().auth().oauth2(Tokens.of("portal", "32", "portal")).when().get("/api/v1/reports/{id}/analysis", reportId)
                .then().statusCode(403);

        String notFinal = decided(reportId, township, "PROVINCE", "APPROVED", false);
        // the inbox records the event in the transaction that applied it: once it is there, the effect is too
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> applied(notFinal));
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/reports/{id}/analysis", reportId)
                .then().body("official", equalTo(false));

        decided(reportId, township, "COUNTY", "APPROVED", true);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> Boolean.TRUE.equals(given().auth().oauth2(Tokens.admin())
                .when().get("/api/v1/reports/{id}/analysis", reportId).then().extract().path("official")));
        decided(reportId, township, "PROVINCE", "PUBLISHED", true);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(Tokens.of("portal", "32", "portal"))
                .when().get("/api/v1/reports/{id}/analysis", reportId).then().extract().statusCode() == 200);
    }

    @Test
    void aStoredAnalysisOfAnUnknownSchemaVersionIsAnErrorNotAGuess() throws Exception {
        String township = "320684109";
        UUID reportId = UUID.randomUUID();
        KafkaTopics.produce("reports.submitted", township,
                submittedEvent(UUID.randomUUID().toString(), reportId, township, "调解纠纷46起。"));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> analysisStatus(reportId) == 200);

        QuarkusTransaction.requiringNew().run(() -> {
            Analysis stored = analyses.find(reportId, 1).orElseThrow();
            ObjectNode document = object(stored.result);
            assertEquals(AnalysisMapper.SCHEMA_VERSION, document.get("schemaVersion").asInt(),
                    "the service stores its own schema version");
            stored.result = document.put("schemaVersion", AnalysisMapper.SCHEMA_VERSION + 1).toString();
        });

        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/reports/{id}/analysis", reportId)
                .then().statusCode(500).contentType("application/problem+json");
    }

    private ObjectNode object(String document) {
        try {
            return (ObjectNode) json.readTree(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean applied(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from processed_event where event_id = :id")
                .setParameter("id", eventId).getSingleResult()).longValue() == 1);
    }

    /** Sends a reviews.decided event about version 1; returns its event id. */
    private String decided(UUID reportId, String township, String level, String decision, boolean finalDecision) {
        String eventId = UUID.randomUUID().toString();
        KafkaTopics.produce("reviews.decided", township, """
                {"specversion":"1.0","id":"%s","source":"/review-service","type":"cn.fazhi.review.decided.v1",
                 "subject":"%s","time":"2025-02-01T08:00:00Z","datacontenttype":"application/json",
                 "data":{"reportId":"%s","version":1,"townshipCode":"%s","level":"%s","decision":"%s",
                         "finalDecision":%s,"reviewer":"reviewer","commentIds":[]}}"""
                .formatted(eventId, reportId, reportId, township, level, decision, finalDecision));
        return eventId;
    }
}
