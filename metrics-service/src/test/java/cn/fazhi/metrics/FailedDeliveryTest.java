package cn.fazhi.metrics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.fazhi.events.CloudEvent;
import cn.fazhi.events.EventContract;
import cn.fazhi.events.ReportSubmitted;
import cn.fazhi.testing.KafkaTopics;
import cn.fazhi.testing.Tokens;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * What becomes of a submission that cannot be analyzed: an analysis that fails is recorded as
 * failed and announced with a finding, so the version reaches its reviewers; a delivery that keeps
 * failing goes to the dead-letter topic with its reason and attempt count, and none of its attempts
 * leaves an inbox row behind (the regression: retries inside one transaction skipped the event).
 */
@QuarkusTest
class FailedDeliveryTest {

    static final String MARKER = "【故障演练：分析失败】";

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager em;

    private String submitted(String eventId, UUID reportId, String township, String text) throws Exception {
        ReportSubmitted data = new ReportSubmitted(reportId, 1, township, 2024, "2024年度法治政府建设工作报告", text,
                "0".repeat(64), "clerk", OffsetDateTime.parse("2025-01-10T08:00:00Z"), false, List.of("COUNTY", "PROVINCE"));
        return json.writeValueAsString(new CloudEvent<>("1.0", eventId, "/report-service",
                EventContract.REPORT_SUBMITTED.type(), reportId.toString(), OffsetDateTime.now(), "application/json", data));
    }

    @Test
    void anAnalysisThatFailsIsRecordedAsFailedAndAnnouncedWithAFinding() throws Exception {
        UUID reportId = UUID.randomUUID();
        String township = "320684701";
        KafkaTopics.produce("reports.submitted", township,
                submitted(UUID.randomUUID().toString(), reportId, township, "一、主要工作\n调解纠纷46起。" + MARKER));

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(Tokens.admin())
                .when().get("/api/v1/reports/{id}/versions/1/analysis", reportId).then().extract().statusCode() == 200);
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/reports/{id}/versions/1/analysis", reportId)
                .then().statusCode(200)
                .body("findings", hasSize(1))
                .body("findings[0].code", equalTo("ANALYSIS_FAILED"))
                .body("findings[0].severity", equalTo("ERROR"))
                .body("mentions", hasSize(0));
        String reason = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select failure_reason from analysis where report_id = :id").setParameter("id", reportId).getSingleResult());
        assertTrue(reason.contains("fault drill"), reason);

        List<ConsumerRecord<String, String>> announced = KafkaTopics.read("reports.analyzed",
                seen -> seen.stream().anyMatch(r -> r.value().contains(reportId.toString())), Duration.ofSeconds(30));
        String event = announced.stream().filter(r -> r.value().contains(reportId.toString())).findFirst().orElseThrow().value();
        assertTrue(event.contains("\"code\":\"ANALYSIS_FAILED\""), event);
    }

    @Test
    void aDraftWhoseAnalysisFailsIsAnsweredWithTheFindingNotAnError() {
        given().auth().oauth2(Tokens.reporter("320684701")).contentType(ContentType.JSON)
                .body(Map.of("text", "调解纠纷46起。" + MARKER))
                .when().post("/api/v1/analysis")
                .then().statusCode(200)
                .body("findings[0].code", equalTo("ANALYSIS_FAILED"));
    }

    @Test
    void aDeliveryThatKeepsFailingIsDeadLetteredWithItsAttemptsAndLeavesNoInboxRow() throws Exception {
        // A township code longer than the column: every attempt fails in the database, for good.
        String township = "3206847029";
        String eventId = UUID.randomUUID().toString();
        UUID reportId = UUID.randomUUID();
        KafkaTopics.produce("reports.submitted", township, submitted(eventId, reportId, township, "调解纠纷46起。"));

        List<ConsumerRecord<String, String>> dead = KafkaTopics.read("reports.submitted.dlq",
                seen -> seen.stream().anyMatch(r -> r.value().contains(eventId)), Duration.ofSeconds(60));
        ConsumerRecord<String, String> letter = dead.stream().filter(r -> r.value().contains(eventId)).findFirst().orElseThrow();
        assertEquals("4", header(letter, "dead-letter-attempts"));
        assertEquals("metrics-service", header(letter, "dead-letter-consumer"));
        assertEquals("reports.submitted", header(letter, "dead-letter-topic"));
        assertNotNull(header(letter, "dead-letter-reason"));
        assertNotNull(header(letter, "dead-letter-exception-class-name"));
        long inbox = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from processed_event where event_id = :id").setParameter("id", eventId).getSingleResult()).longValue());
        assertEquals(0, inbox);
        long analyses = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from analysis where report_id = :id").setParameter("id", reportId).getSingleResult()).longValue());
        assertEquals(0, analyses);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
