package cn.fazhi.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.fazhi.events.CloudEvent;
import cn.fazhi.events.EventContract;
import cn.fazhi.events.ReportAnalyzed;
import cn.fazhi.events.ReportSubmitted;
import cn.fazhi.testing.KafkaTopics;
import cn.fazhi.testing.Tokens;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReviewCaseFlowTest {

    @Inject
    ObjectMapper json;

    private String event(EventContract contract, Record data, UUID reportId) throws Exception {
        return json.writeValueAsString(new CloudEvent<>("1.0", UUID.randomUUID().toString(), "/test", contract.type(),
                reportId.toString(), OffsetDateTime.now(), "application/json", data));
    }

    private String submitted(UUID reportId, String township, List<String> approvalChain) throws Exception {
        return event(EventContract.REPORT_SUBMITTED, new ReportSubmitted(reportId, 1, township, 2024, "年度报告",
                "正文", "0".repeat(64), "clerk", OffsetDateTime.now(), false, approvalChain), reportId);
    }

    private String submitted(UUID reportId, String township) throws Exception {
        return submitted(reportId, township, List.of("COUNTY", "PROVINCE"));
    }

    private String analyzed(UUID reportId, String township) throws Exception {
        return event(EventContract.REPORT_ANALYZED, new ReportAnalyzed(reportId, 1, township, 2024, 42, 0,
                List.of(new ReportAnalyzed.Finding("MISSING_SECTION", "ERROR", "缺少“存在的不足和原因”部分", 0, 0))),
                reportId);
    }

    private String caseStatus(UUID reportId) {
        var response = given().auth().oauth2(Tokens.admin()).when().get("/api/v1/reports/{id}/versions/1/review", reportId)
                .then().extract();
        return response.statusCode() == 200 ? response.path("status") : null;
    }

    @Test
    void aSubmissionOpensACaseAndItsAnalysisAttachesTheFindings() throws Exception {
        UUID reportId = UUID.randomUUID();
        String township = "320684104";
        String submission = submitted(reportId, township);
        KafkaTopics.produce("reports.submitted", township, submission);
        KafkaTopics.produce("reports.submitted", township, submission);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "AWAITING_ANALYSIS".equals(caseStatus(reportId)));

        String analysis = analyzed(reportId, township);
        KafkaTopics.produce("reports.analyzed", township, analysis);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "OPEN".equals(caseStatus(reportId)));

        String analyzedAt = given().auth().oauth2(Tokens.reviewer("320684")).when().get("/api/v1/reports/{id}/versions/1/review", reportId)
                .then().statusCode(200)
                .body("title", equalTo("年度报告"))
                .body("mentionCount", equalTo(42))
                .body("findings", hasSize(1))
                .body("findings[0].code", equalTo("MISSING_SECTION"))
                .body("findings[0].severity", equalTo("ERROR"))
                .extract().path("analyzedAt");
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/reviews?township=" + township)
                .then().statusCode(200).body("total", equalTo(1));

        // A redelivered analysis changes nothing (applied again, it would stamp the case anew). The
        // marker, same key and so same partition, is consumed after it: once it shows, so has the repeat.
        KafkaTopics.produce("reports.analyzed", township, analysis);
        UUID marker = UUID.randomUUID();
        KafkaTopics.produce("reports.analyzed", township, analyzed(marker, township));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> caseStatus(marker) != null);
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/reports/{id}/versions/1/review", reportId)
                .then().statusCode(200).body("analyzedAt", equalTo(analyzedAt));
    }

    /**
     * An analysis that arrives first makes the case, which waits for the submission: only the
     * submission says which levels approve, and review-service assumes no chain before it arrives.
     */
    @Test
    void anAnalysisArrivingFirstStillMakesOneCaseWhichWaitsForTheSubmissionsChain() throws Exception {
        UUID reportId = UUID.randomUUID();
        String township = "320684108";
        KafkaTopics.produce("reports.analyzed", township, analyzed(reportId, township));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "AWAITING_SUBMISSION".equals(caseStatus(reportId)));
        String caseId = given().auth().oauth2(Tokens.admin()).when().get("/api/v1/reports/{id}/versions/1/review", reportId)
                .then().statusCode(200).body("approvalChain", hasSize(0)).body("currentLevel", nullValue())
                .extract().path("id");
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/v1/reviews/{id}/approve", caseId)
                .then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(Tokens.reviewer("320684")).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/v1/reviews/{id}/approve", caseId)
                .then().statusCode(403).contentType("application/problem+json");

        KafkaTopics.produce("reports.submitted", township, submitted(reportId, township, List.of("CITY", "PROVINCE")));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "OPEN".equals(caseStatus(reportId)));
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/reports/{id}/versions/1/review", reportId)
                .then().statusCode(200)
                .body("title", equalTo("年度报告"))
                .body("approvalChain", equalTo(List.of("CITY", "PROVINCE")))
                .body("currentLevel", equalTo("CITY"))
                .body("findings", hasSize(1));
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/reviews?township=" + township)
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].status", equalTo("OPEN"));
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/reports/{id}/history", reportId)
                .then().statusCode(200).body("action", equalTo(List.of("ANALYZED", "SUBMITTED")))
                .body("toStatus", equalTo(List.of("AWAITING_SUBMISSION", "OPEN")));
    }

    /**
     * A later analysis of a version (a re-analysis of the archive that finds otherwise) replaces the
     * findings of a case still open, in its history; a case already decided keeps the findings it was
     * decided on.
     */
    @Test
    void aLaterAnalysisReplacesTheFindingsOfAnOpenCaseOnly() throws Exception {
        String township = "320684110";
        UUID open = UUID.randomUUID();
        UUID decided = UUID.randomUUID();
        for (UUID report : List.of(open, decided)) {
            KafkaTopics.produce("reports.submitted", township, submitted(report, township, List.of("COUNTY")));
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "AWAITING_ANALYSIS".equals(caseStatus(open))
                && "AWAITING_ANALYSIS".equals(caseStatus(decided)));
        for (UUID report : List.of(open, decided)) {
            KafkaTopics.produce("reports.analyzed", township, analyzed(report, township));
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "OPEN".equals(caseStatus(open))
                && "OPEN".equals(caseStatus(decided)));
        String decidedCase = given().auth().oauth2(Tokens.admin()).when()
                .get("/api/v1/reports/{id}/versions/1/review", decided).then().extract().path("id");
        given().auth().oauth2(Tokens.reviewer("320684")).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/v1/reviews/{id}/approve", decidedCase).then().statusCode(200);

        List<ReportAnalyzed.Finding> now = List.of(new ReportAnalyzed.Finding("RATE_MISMATCH", "WARNING",
                "化解率与受理、化解件数不符", 10, 20));
        KafkaTopics.produce("reports.analyzed", township, analyzed(decided, township, now));
        KafkaTopics.produce("reports.analyzed", township, analyzed(open, township, now));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "RATE_MISMATCH".equals(given().auth()
                .oauth2(Tokens.admin()).when().get("/api/v1/reports/{id}/versions/1/review", open).then().extract()
                .path("findings[0].code")));
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/reports/{id}/history", open)
                .then().statusCode(200).body("action", equalTo(List.of("SUBMITTED", "ANALYZED", "REANALYZED")))
                .body("reason[2]", equalTo("重新分析后 1 项分析发现"));
        // one partition (the township is the key): the open case's event came after the decided one's, so both were applied
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/reports/{id}/versions/1/review", decided)
                .then().statusCode(200).body("status", equalTo("APPROVED")).body("findings[0].code", equalTo("MISSING_SECTION"));
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/reports/{id}/history", decided)
                .then().statusCode(200).body("action", equalTo(List.of("SUBMITTED", "ANALYZED", "APPROVED")));
    }

    private String analyzed(UUID reportId, String township, List<ReportAnalyzed.Finding> findings) throws Exception {
        return event(EventContract.REPORT_ANALYZED, new ReportAnalyzed(reportId, 1, township, 2024, 1, 0, findings),
                reportId);
    }

    private int casesWithSeverity(String township, String severity) {
        return given().auth().oauth2(Tokens.admin()).when().get("/api/v1/reviews?township=" + township + "&severity=" + severity)
                .then().statusCode(200).extract().path("total");
    }

    /**
     * The severity filter asks the findings' structure, not their text: a finding that quotes
     * another's severity in its message is not of that severity, and a case whose one ERROR finding
     * comes after long ones is found.
     */
    @Test
    void theSeverityFilterMatchesAFindingsSeverityNotItsText() throws Exception {
        String quoting = "320684121";
        UUID quotingReport = UUID.randomUUID();
        KafkaTopics.produce("reports.analyzed", quoting, analyzed(quotingReport, quoting, List.of(
                new ReportAnalyzed.Finding("YEAR_MISMATCH", "WARNING",
                        "标题年度与报告年度不符（ERROR 级别的问题见下）\", \"severity\": \"ERROR\"} severity: ERROR", 0, 4))));
        String late = "320684122";
        UUID lateReport = UUID.randomUUID();
        String longMessage = "缺少“存在的不足和原因”部分，".repeat(40);
        KafkaTopics.produce("reports.analyzed", late, analyzed(lateReport, late, List.of(
                new ReportAnalyzed.Finding("MISSING_SECTION", "INFO", longMessage, 0, 0),
                new ReportAnalyzed.Finding("MISSING_SECTION", "WARNING", longMessage, 0, 0),
                new ReportAnalyzed.Finding("ORG_MISMATCH", "ERROR", longMessage, 0, 0))));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> caseStatus(quotingReport) != null
                && caseStatus(lateReport) != null);

        assertEquals(1, casesWithSeverity(quoting, "WARNING"));
        assertEquals(0, casesWithSeverity(quoting, "ERROR"));
        assertEquals(0, casesWithSeverity(quoting, "INFO"));
        assertEquals(1, casesWithSeverity(late, "ERROR"));
        assertEquals(1, casesWithSeverity(late, "INFO"));
    }

    @Test
    void poisonOnEitherTopicGoesToItsDeadLetterTopic() throws Exception {
        String township = "320684109";
        KafkaTopics.produce("reports.analyzed", township, "{\"specversion\":\"1.0\"}");
        UUID reportId = UUID.randomUUID();
        KafkaTopics.produce("reports.analyzed", township, analyzed(reportId, township));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "AWAITING_SUBMISSION".equals(caseStatus(reportId)));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> KafkaTopics.read("reports.analyzed.dlq",
                seen -> seen.stream().anyMatch(r -> township.equals(r.key())), Duration.ofSeconds(5)).stream()
                .anyMatch(r -> township.equals(r.key())));
    }

    @Test
    void casesAreReadInScopeOnly() throws Exception {
        UUID reportId = UUID.randomUUID();
        String township = "320684110";
        KafkaTopics.produce("reports.analyzed", township, analyzed(reportId, township));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "AWAITING_SUBMISSION".equals(caseStatus(reportId)));

        given().auth().oauth2(Tokens.reporter(township)).when().get("/api/v1/reports/{id}/versions/1/review", reportId)
                .then().statusCode(200);
        given().auth().oauth2(Tokens.reporter("320684111")).when().get("/api/v1/reports/{id}/versions/1/review", reportId)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.reviewer("500240")).when().get("/api/v1/reviews?township=" + township)
                .then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(Tokens.of("portal", "32", "portal")).when().get("/api/v1/reviews")
                .then().statusCode(403);
        given().when().get("/api/v1/reviews").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/reviews?status=CLOSED")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
