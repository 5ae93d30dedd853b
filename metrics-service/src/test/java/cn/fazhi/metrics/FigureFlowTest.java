package cn.fazhi.metrics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.fazhi.events.CloudEvent;
import cn.fazhi.events.EventContract;
import cn.fazhi.events.ReportSubmitted;
import cn.fazhi.messaging.OutboxEvent;
import cn.fazhi.testing.KafkaTopics;
import cn.fazhi.testing.Tokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The clerk confirms the figures: confirm, correct, reject, add; the latest decision counts; the
 * reviewer sees both readings; an approved version's figures are official and final; every
 * decision is announced for the report's history; the engine's accuracy is counted from them.
 */
@QuarkusTest
class FigureFlowTest {

    /** Five indicators the engine reads (disputes.received 46, disputes.resolved 44, disputes.resolution_rate 95.7,
     * pufa.materials 2000, advisor.count 3) and one it misses (代写诉状等7次: legal aid). */
    static final String TEXT = """
            2024年度包场镇法治政府建设工作报告
            一、主要举措和成效
            全年共受理矛盾纠纷46起，调解成功44起，调解成功率95.7%。发放宣传资料2000余份。聘请法律顾问3名。为困难群众代写诉状等7次。""";
    static final String MISSED = "代写诉状等7次";

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager em;

    @Test
    void theClerkConfirmsCorrectsRejectsAndAddsAndTheLatestDecisionCounts() throws Exception {
        String township = "320684121";
        String clerk = Tokens.reporter(township);
        UUID reportId = submitAndAwaitAnalysis(township, 1, 2024);

        sheet(reportId, 1, clerk).statusCode(200)
                .body("official", equalTo(false)).body("open", equalTo(true))
                .body("figures.code", hasItems("disputes.received", "disputes.resolved", "pufa.materials", "advisor.count"))
                .body("figures.status", everyItem(equalTo("ENGINE_ONLY")))
                .body("figures.source", everyItem(equalTo("ENGINE")))
                .body("figures.find { it.code == 'disputes.received' }.value", equalTo(46))
                .body("figures.find { it.code == 'legal_aid.cases' }", nullValue());

        decide(reportId, 1, "disputes.received", clerk, Map.of("action", "CONFIRMED")).statusCode(200)
                .body("status", equalTo("CONFIRMED")).body("source", equalTo("CLERK")).body("value", equalTo(46))
                .body("decision.actor", equalTo("clerk-" + township)).body("decision.revision", equalTo(1))
                .body("evidence[0].start", equalTo(TEXT.indexOf("46起")));
        decide(reportId, 1, "disputes.resolved", clerk, Map.of("action", "CORRECTED", "value", 45, "unit", "件",
                "reason", "另有1起在年底调解成功")).statusCode(200)
                .body("status", equalTo("CORRECTED")).body("value", equalTo(45)).body("engine.value", equalTo(44))
                .body("decision.reason", equalTo("另有1起在年底调解成功"))
                .body("evidence[0].start", equalTo(TEXT.indexOf("44起")));
        decide(reportId, 1, "pufa.materials", clerk, Map.of("action", "REJECTED", "reason", "资料是县里发的"))
                .statusCode(200).body("status", equalTo("REJECTED")).body("value", nullValue())
                .body("source", nullValue()).body("engine.value", equalTo(2000));
        int start = TEXT.indexOf(MISSED);
        decide(reportId, 1, "legal_aid.cases", clerk, Map.of("action", "ADDED", "value", 7, "start", start,
                "end", start + MISSED.length())).statusCode(200)
                .body("status", equalTo("ADDED")).body("engine", nullValue()).body("value", equalTo(7))
                .body("unit", equalTo("件")).body("decision.passage.text", equalTo(MISSED))
                .body("evidence[0].start", equalTo(start)).body("clerkStated", equalTo(false));
        decide(reportId, 1, "mediators.count", clerk, Map.of("action", "ADDED", "value", 12, "clerkStated", true,
                "reason", "台账记载")).statusCode(200)
                .body("status", equalTo("ADDED")).body("clerkStated", equalTo(true)).body("evidence.size()", equalTo(0));

        // the latest decision counts; the first one stays on record
        decide(reportId, 1, "disputes.received", clerk, Map.of("action", "CORRECTED", "value", 47,
                "reason", "漏计1起")).statusCode(200)
                .body("status", equalTo("CORRECTED")).body("value", equalTo(47)).body("decision.revision", equalTo(2));
        // the decision in force, sent again, changes nothing
        decide(reportId, 1, "disputes.received", clerk, Map.of("action", "CORRECTED", "value", 47,
                "reason", "漏计1起")).statusCode(200).body("decision.revision", equalTo(2));
        assertEquals(6L, decisionsStored(reportId), "six decisions, the repeat not stored");
        assertEquals(6L, announced(reportId), "one figures.decided per stored decision, none for the repeat");

        // the reviewer sees the engine's value beside the clerk's
        JsonPath reviewed = sheet(reportId, 1, Tokens.reviewer("320684")).statusCode(200).extract().jsonPath();
        assertEquals(44, reviewed.getInt("figures.find { it.code == 'disputes.resolved' }.engine.value"));
        assertEquals(45, reviewed.getInt("figures.find { it.code == 'disputes.resolved' }.decision.value"));
        assertEquals("CLERK", reviewed.getString("figures.find { it.code == 'disputes.resolved' }.source"));
        assertEquals(47, reviewed.getInt("figures.find { it.code == 'disputes.received' }.value"));
        assertEquals("ENGINE_ONLY", reviewed.getString("figures.find { it.code == 'advisor.count' }.status"));
        assertEquals(List.of("disputes.received", "disputes.resolved", "disputes.resolution_rate", "mediators.count"),
                reviewed.getList("figures.code").stream().filter(c -> ((String) c).startsWith("disputes")
                        || ((String) c).startsWith("mediators")).toList(), "catalog order, the added figure in its place");
        sheet(reportId, 1, Tokens.reviewer("500240")).statusCode(403).contentType("application/problem+json");
        sheet(reportId, 1, Tokens.of("portal", "32", "portal")).statusCode(403);

        // each decision is relayed with what the history needs
        List<ConsumerRecord<String, String>> relayed = KafkaTopics.read(EventContract.FIGURE_DECIDED.topic(),
                seen -> seen.stream().filter(r -> r.value().contains(reportId.toString())).count() == 6,
                Duration.ofSeconds(30));
        JsonNode corrected = relayed.stream().filter(r -> r.value().contains(reportId.toString()))
                .map(r -> read(r.value()).get("data"))
                .filter(d -> d.get("code").asText().equals("disputes.resolved")).findFirst().orElseThrow();
        assertEquals("CORRECTED", corrected.get("action").asText());
        assertEquals(44, corrected.get("engineValue").asInt());
        assertEquals(45, corrected.get("value").asInt());
        assertEquals("另有1起在年底调解成功", corrected.get("reason").asText());
        assertEquals("clerk-" + township, corrected.get("actor").asText());
        assertTrue(relayed.stream().filter(r -> r.value().contains(reportId.toString())).allMatch(r -> township.equals(r.key())));
    }

    @Test
    void aDecisionThatDoesNotFitTheVersionIsRefusedAndStoresNothing() throws Exception {
        String township = "320684122";
        String clerk = Tokens.reporter(township);
        UUID reportId = submitAndAwaitAnalysis(township, 1, 2024);

        refused(decide(reportId, 1, "disputes.received", clerk, Map.of("action", "ADDED", "value", 46, "clerkStated", true)),
                409, null).body("type", equalTo("https://fazhi.cn/problems/figure-read"));
        refused(decide(reportId, 1, "legal_aid.cases", clerk, Map.of("action", "CONFIRMED")), 409, null)
                .body("type", equalTo("https://fazhi.cn/problems/figure-not-read"));
        refused(decide(reportId, 1, "legal_aid.cases", clerk, Map.of("action", "ADDED", "value", 7,
                "start", TEXT.length() - 2, "end", TEXT.length() + 1)), 400, "end");
        refused(decide(reportId, 1, "disputes.resolved", clerk, Map.of("action", "CORRECTED", "value", 44,
                "reason", "核对")), 400, "value");
        refused(decide(reportId, 1, "disputes.resolved", clerk, Map.of("action", "CORRECTED", "value", 45)), 400, "reason");
        refused(decide(reportId, 1, "disputes.resolved", clerk, Map.of("action", "CORRECTED", "value", 45,
                "unit", "人", "reason", "核对")), 400, "unit");
        refused(decide(reportId, 1, "disputes.resolution_rate", clerk, Map.of("action", "CORRECTED", "value", 101,
                "reason", "核对")), 400, "value");
        refused(decide(reportId, 1, "disputes.unknown_thing", clerk, Map.of("action", "CONFIRMED")), 404, null);
        refused(decide(reportId, 2, "disputes.received", clerk, Map.of("action", "CONFIRMED")), 404, null);
        refused(decide(UUID.randomUUID(), 1, "disputes.received", clerk, Map.of("action", "CONFIRMED")), 404, null);
        given().auth().oauth2(clerk).contentType(ContentType.JSON)
                .body("{\"action\": \"CORRECTED\", \"value\": \"45\", \"reason\": \"核对\"}")
                .when().put("/api/v1/reports/{id}/versions/1/figures/disputes.resolved", reportId)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItems("value"));

        // only the township's own clerk decides
        refused(decide(reportId, 1, "disputes.received", Tokens.reporter("320684123"), Map.of("action", "CONFIRMED")),
                403, null);
        for (String other : List.of(Tokens.reviewer("320684"), Tokens.admin(), Tokens.viewer("320684"))) {
            refused(decide(reportId, 1, "disputes.received", other, Map.of("action", "CONFIRMED")), 403, null);
        }
        decide(reportId, 1, "disputes.received", null, Map.of("action", "CONFIRMED")).statusCode(401);

        assertEquals(0L, decisionsStored(reportId));
        assertEquals(0L, announced(reportId));
        sheet(reportId, 1, clerk).statusCode(200).body("figures.status", everyItem(equalTo("ENGINE_ONLY")));
    }

    /**
     * Approval is driven as in production, by reviews.decided: the approved version's figures are
     * the clerk's where decided and the engine's (saying so) elsewhere, and they no longer change.
     */
    @Test
    void anApprovedVersionsFiguresAreOfficialAndNoLongerChange() throws Exception {
        String township = "320684124";
        String clerk = Tokens.reporter(township);
        UUID reportId = submitAndAwaitAnalysis(township, 1, 2024);
        decide(reportId, 1, "disputes.received", clerk, Map.of("action", "CONFIRMED")).statusCode(200);
        decide(reportId, 1, "disputes.resolved", clerk, Map.of("action", "CORRECTED", "value", 45, "reason", "核对台账"))
                .statusCode(200);
        decide(reportId, 1, "pufa.materials", clerk, Map.of("action", "REJECTED", "reason", "资料是县里发的"))
                .statusCode(200);

        decided(reportId, township, "PROVINCE", "APPROVED", true);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> Boolean.TRUE.equals(
                sheet(reportId, 1, Tokens.admin()).extract().path("official")));

        JsonPath official = sheet(reportId, 1, Tokens.viewer("3206")).statusCode(200)
                .body("official", equalTo(true)).body("open", equalTo(false)).extract().jsonPath();
        assertEquals("CLERK", official.getString("figures.find { it.code == 'disputes.received' }.source"));
        assertEquals(46, official.getInt("figures.find { it.code == 'disputes.received' }.value"));
        assertEquals("CLERK", official.getString("figures.find { it.code == 'disputes.resolved' }.source"));
        assertEquals(45, official.getInt("figures.find { it.code == 'disputes.resolved' }.value"));
        assertNull(official.get("figures.find { it.code == 'pufa.materials' }.value"), "a rejected figure is no figure");
        assertEquals("ENGINE", official.getString("figures.find { it.code == 'advisor.count' }.source"));
        assertEquals("ENGINE_ONLY", official.getString("figures.find { it.code == 'advisor.count' }.status"));
        assertEquals(3, official.getInt("figures.find { it.code == 'advisor.count' }.value"));
        assertEquals(TEXT.indexOf("3名"), official.getInt("figures.find { it.code == 'advisor.count' }.evidence[0].start"));

        refused(decide(reportId, 1, "advisor.count", clerk, Map.of("action", "CONFIRMED")), 409, null)
                .body("type", equalTo("https://fazhi.cn/problems/figures-official"));
        assertEquals(3L, decisionsStored(reportId));

        sheet(reportId, 1, Tokens.of("portal", "32", "portal")).statusCode(403);
        decided(reportId, township, "PROVINCE", "PUBLISHED", true);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                sheet(reportId, 1, Tokens.of("portal", "32", "portal")).extract().statusCode() == 200);
    }

    @Test
    void aSupersededVersionTakesNoMoreDecisions() throws Exception {
        String township = "320684125";
        String clerk = Tokens.reporter(township);
        UUID reportId = submitAndAwaitAnalysis(township, 1, 2024);
        submit(reportId, township, 2, 2024);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> analysisStatus(reportId, 2) == 200);

        refused(decide(reportId, 1, "disputes.received", clerk, Map.of("action", "CONFIRMED")), 409, null)
                .body("type", equalTo("https://fazhi.cn/problems/version-superseded"));
        sheet(reportId, 1, clerk).statusCode(200).body("open", equalTo(false));
        decide(reportId, 2, "disputes.received", clerk, Map.of("action", "CONFIRMED")).statusCode(200);
        assertEquals(1L, decisionsStored(reportId));
    }

    /** Counted on a year of its own, so the other tests' decisions do not enter the figures. */
    @Test
    void theEnginesAccuracyIsCountedFromTheClerksLatestDecisions() throws Exception {
        int year = 2019;
        String first = "320684126";
        String second = "320684127";
        UUID a = submitAndAwaitAnalysis(first, 1, year);
        UUID b = submitAndAwaitAnalysis(second, 1, year);
        String clerkA = Tokens.reporter(first);
        String clerkB = Tokens.reporter(second);
        decide(a, 1, "disputes.received", clerkA, Map.of("action", "CONFIRMED")).statusCode(200);
        decide(a, 1, "disputes.resolved", clerkA, Map.of("action", "CORRECTED", "value", 45, "reason", "核对")).statusCode(200);
        decide(a, 1, "pufa.materials", clerkA, Map.of("action", "REJECTED", "reason", "县里发的")).statusCode(200);
        int start = TEXT.indexOf(MISSED);
        decide(a, 1, "legal_aid.cases", clerkA, Map.of("action", "ADDED", "value", 7, "start", start,
                "end", start + MISSED.length())).statusCode(200);
        decide(a, 1, "advisor.count", clerkA, Map.of("action", "CONFIRMED")).statusCode(200);
        decide(a, 1, "advisor.count", clerkA, Map.of("action", "CORRECTED", "value", 4, "reason", "另有1名驻点律师"))
                .statusCode(200);
        decide(b, 1, "disputes.received", clerkB, Map.of("action", "CONFIRMED")).statusCode(200);
        decide(b, 1, "disputes.resolved", clerkB, Map.of("action", "CONFIRMED")).statusCode(200);

        JsonPath accuracy = given().auth().oauth2(Tokens.admin()).when().get("/api/v1/admin/indicator-accuracy?year=" + year)
                .then().statusCode(200).body("year", equalTo(year)).body("versions", equalTo(2)).extract().jsonPath();
        assertEquals(List.of("disputes.received", "disputes.resolved", "pufa.materials", "advisor.count", "legal_aid.cases")
                .stream().sorted().toList(), accuracy.getList("indicators.code", String.class).stream().sorted().toList());
        assertCounts(accuracy, "disputes.received", 2, 0, 0, 0, 1.0f, 1.0f);
        assertCounts(accuracy, "disputes.resolved", 1, 1, 0, 0, 0.5f, 1.0f);
        assertCounts(accuracy, "pufa.materials", 0, 0, 1, 0, 0.0f, null);
        assertCounts(accuracy, "legal_aid.cases", 0, 0, 0, 1, null, 0.0f);
        assertCounts(accuracy, "advisor.count", 0, 1, 0, 0, 0.0f, 1.0f);

        given().auth().oauth2(Tokens.reviewer("32")).when().get("/api/v1/admin/indicator-accuracy")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/admin/indicator-accuracy?year=1999")
                .then().statusCode(400).contentType("application/problem+json");
    }

    private static void assertCounts(JsonPath accuracy, String code, int confirmed, int corrected, int rejected, int added,
            Float precision, Float recall) {
        String at = "indicators.find { it.code == '" + code + "' }.";
        assertEquals(List.of(confirmed, corrected, rejected, added), List.of(accuracy.getInt(at + "confirmed"),
                accuracy.getInt(at + "corrected"), accuracy.getInt(at + "rejected"), accuracy.getInt(at + "added")), code);
        assertEquals(precision, accuracy.get(at + "precision") == null ? null : accuracy.getFloat(at + "precision"), code);
        assertEquals(recall, accuracy.get(at + "recall") == null ? null : accuracy.getFloat(at + "recall"), code);
    }

    private ValidatableResponse sheet(UUID reportId, int version, String token) {
        return given().auth().oauth2(token).when().get("/api/v1/reports/{id}/versions/{n}/figures", reportId, version).then();
    }

    private ValidatableResponse decide(UUID reportId, int version, String code, String token, Map<String, Object> body) {
        var request = token == null ? given() : given().auth().oauth2(token);
        return request.contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/reports/{id}/versions/{n}/figures/{code}", reportId, version, code).then();
    }

    private static ValidatableResponse refused(ValidatableResponse answer, int status, String field) {
        answer.statusCode(status).contentType("application/problem+json").body("status", equalTo(status));
        if (field != null) {
            answer.body("errors.field", hasItems(field));
        }
        return answer;
    }

    private UUID submitAndAwaitAnalysis(String township, int version, int year) throws Exception {
        UUID reportId = UUID.randomUUID();
        submit(reportId, township, version, year);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> analysisStatus(reportId, version) == 200);
        return reportId;
    }

    private void submit(UUID reportId, String township, int version, int year) throws Exception {
        ReportSubmitted data = new ReportSubmitted(reportId, version, township, year, "年度法治政府建设工作报告", TEXT,
                "0".repeat(64), "clerk", OffsetDateTime.parse("2025-01-10T08:00:00Z"), false, List.of("COUNTY", "PROVINCE"));
        KafkaTopics.produce("reports.submitted", township, json.writeValueAsString(new CloudEvent<>("1.0",
                UUID.randomUUID().toString(), "/report-service", EventContract.REPORT_SUBMITTED.type(), reportId.toString(),
                OffsetDateTime.now(), "application/json", data)));
    }

    private int analysisStatus(UUID reportId, int version) {
        return given().auth().oauth2(Tokens.admin()).when().get("/api/v1/reports/{id}/versions/{n}/analysis", reportId, version)
                .then().extract().statusCode();
    }

    private long decisionsStored(UUID reportId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from figure_decision where report_id = :id")
                .setParameter("id", reportId).getSingleResult()).longValue());
    }

    private long announced(UUID reportId) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("topic = ?1 and payload like ?2",
                EventContract.FIGURE_DECIDED.topic(), "%\"subject\":\"" + reportId + "\"%"));
    }

    private JsonNode read(String value) {
        try {
            return json.readTree(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends a reviews.decided event about version 1, as review-service does. */
    private static void decided(UUID reportId, String township, String level, String decision, boolean finalDecision) {
        KafkaTopics.produce("reviews.decided", township, """
                {"specversion":"1.0","id":"%s","source":"/review-service","type":"cn.fazhi.review.decided.v1",
                 "subject":"%s","time":"2025-02-01T08:00:00Z","datacontenttype":"application/json",
                 "data":{"reportId":"%s","version":1,"townshipCode":"%s","level":"%s","decision":"%s",
                         "finalDecision":%s,"reviewer":"reviewer","commentIds":[]}}"""
                .formatted(UUID.randomUUID(), reportId, reportId, township, level, decision, finalDecision));
    }
}
