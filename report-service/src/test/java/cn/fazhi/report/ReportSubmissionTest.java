package cn.fazhi.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.fazhi.messaging.OutboxEvent;
import cn.fazhi.testing.Fixtures;
import cn.fazhi.testing.KafkaTopics;
import cn.fazhi.testing.Tokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReportSubmissionTest {

    static final String BAOCHANG = "320684104";

    @Inject
    ObjectMapper json;

    static Map<String, Object> report(String township, int year, String text) {
        return Map.of("townshipCode", township, "year", year, "title", year + "年度法治政府建设工作报告", "text", text);
    }

    @Test
    void aClerkSubmitsTheirReportAndReadsItBack() {
        String text = Fixtures.report(Fixtures.BAOCHANG_2024);
        String id = given().auth().oauth2(Tokens.reporter(BAOCHANG))
                .contentType(ContentType.JSON).body(report(BAOCHANG, 2024, text))
                .when().post("/api/v1/reports")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/reports/"))
                .body("townshipCode", equalTo(BAOCHANG))
                .body("status", equalTo("SUBMITTED"))
                .body("latestVersion", equalTo(1))
                .body("versions", hasSize(1))
                .body("versions[0].length", equalTo(text.length()))
                .extract().path("id");

        given().auth().oauth2(Tokens.reporter(BAOCHANG))
                .when().get("/api/v1/reports/{id}/versions/1", id)
                .then().statusCode(200)
                .body("text", equalTo(text))
                .body("year", equalTo(2024));

        given().auth().oauth2(Tokens.reviewer("320684"))
                .when().get("/api/v1/reports?year=2024&township=" + BAOCHANG)
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(id));
    }

    @Test
    void theSubmissionIsAnnouncedAsACloudEventKeyedByTownship() throws Exception {
        String township = "320684201";
        String id = given().auth().oauth2(Tokens.reporter(township))
                .contentType(ContentType.JSON).body(report(township, 2024, "一、主要举措和成效\n调解纠纷46起。"))
                .when().post("/api/v1/reports")
                .then().statusCode(201).extract().path("id");

        List<ConsumerRecord<String, String>> records = KafkaTopics.read("reports.submitted",
                seen -> seen.stream().anyMatch(r -> r.value().contains(id)), Duration.ofSeconds(30));
        ConsumerRecord<String, String> record = records.stream().filter(r -> r.value().contains(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no reports.submitted event for " + id));
        assertEquals(township, record.key());
        assertEquals("application/cloudevents+json; charset=UTF-8",
                new String(record.headers().lastHeader("content-type").value()));
        JsonNode event = json.readTree(record.value());
        assertEquals("1.0", event.get("specversion").asText());
        assertEquals("cn.fazhi.report.submitted.v1", event.get("type").asText());
        assertEquals("/report-service", event.get("source").asText());
        assertEquals(id, event.get("subject").asText());
        assertEquals(1, event.get("data").get("version").asInt());
        assertEquals("调解纠纷46起。", event.get("data").get("text").asText().split("\n")[1]);
        assertEquals(64, event.get("data").get("contentHash").asText().length());

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> OutboxEvent.count("publishedAt is null and payload like ?1", "%" + id + "%") == 0));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheFirstReport() {
        String township = "320684202";
        var body = report(township, 2024, "调解纠纷46起。");
        String first = given().auth().oauth2(Tokens.reporter(township)).header("Idempotency-Key", "portal-retry-1")
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/reports")
                .then().statusCode(201).header("Idempotent-Replayed", "false").extract().path("id");
        String second = given().auth().oauth2(Tokens.reporter(township)).header("Idempotency-Key", "portal-retry-1")
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/reports")
                .then().statusCode(201).header("Idempotent-Replayed", "true").extract().path("id");
        assertEquals(first, second);
        assertEquals(1L, eventsAbout(first));

        given().auth().oauth2(Tokens.reporter(township)).header("Idempotency-Key", "portal-retry-1")
                .contentType(ContentType.JSON).body(report(township, 2024, "另一份内容"))
                .when().post("/api/v1/reports")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://fazhi.cn/problems/idempotency-key-reused"));
    }

    @Test
    void aSecondReportForTheSameTownshipAndYearIsAConflictAndEmitsNothing() {
        String township = "320684203";
        given().auth().oauth2(Tokens.reporter(township)).contentType(ContentType.JSON)
                .body(report(township, 2023, "第一份")).when().post("/api/v1/reports").then().statusCode(201);
        long events = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count());

        given().auth().oauth2(Tokens.reporter(township)).contentType(ContentType.JSON)
                .body(report(township, 2023, "第二份"))
                .when().post("/api/v1/reports")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://fazhi.cn/problems/report-exists"));
        assertEquals(events, (long) QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count()));
    }

    @Test
    void scopeDecidesWhoMaySubmitAndRead() {
        String id = given().auth().oauth2(Tokens.reporter("320684204")).contentType(ContentType.JSON)
                .body(report("320684204", 2024, "正文")).when().post("/api/v1/reports")
                .then().statusCode(201).extract().path("id");

        given().contentType(ContentType.JSON).body(report("320684204", 2022, "正文"))
                .when().post("/api/v1/reports")
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
        given().auth().oauth2(Tokens.viewer("32")).contentType(ContentType.JSON).body(report("320684204", 2022, "正文"))
                .when().post("/api/v1/reports")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.reporter("320684205")).contentType(ContentType.JSON)
                .body(report("320684204", 2022, "正文"))
                .when().post("/api/v1/reports")
                .then().statusCode(403).contentType("application/problem+json");

        given().auth().oauth2(Tokens.reporter("320684205")).when().get("/api/v1/reports/{id}", id).then().statusCode(403);
        given().auth().oauth2(Tokens.reviewer("500240")).when().get("/api/v1/reports/{id}", id).then().statusCode(403);
        given().auth().oauth2(Tokens.reviewer("320684")).when().get("/api/v1/reports/{id}", id).then().statusCode(200);
        given().auth().oauth2(Tokens.viewer("32")).when().get("/api/v1/reports/{id}", id).then().statusCode(200);
        given().auth().oauth2(Tokens.of("portal", "32", "portal")).when().get("/api/v1/reports/{id}", id).then().statusCode(403);
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/reports/{id}", id).then().statusCode(200);

        given().auth().oauth2(Tokens.reviewer("500240")).when().get("/api/v1/reports?township=320684204")
                .then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(Tokens.of("portal", "32", "portal")).when().get("/api/v1/reports?township=320684204")
                .then().statusCode(200).body("total", equalTo(0));
        given().when().get("/api/v1/reports").then().statusCode(401);
    }

    @Test
    void unknownReportsAndVersionsAreNotFound() {
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/reports/00000000-0000-0000-0000-000000000000")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/reports/not-a-uuid")
                .then().statusCode(404).contentType("application/problem+json");
    }

    private static long eventsAbout(String reportId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> OutboxEvent.count("payload like ?1", "%\"subject\":\"" + reportId + "\"%"));
    }
}
