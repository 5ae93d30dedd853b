package cn.fazhi.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.fazhi.events.CloudEvent;
import cn.fazhi.events.EventContract;
import cn.fazhi.events.ReportAnalyzed;
import cn.fazhi.events.ReportSubmitted;
import cn.fazhi.testing.KafkaTopics;
import cn.fazhi.testing.Tokens;
import com.fasterxml.jackson.databind.JsonNode;
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

/** A version's review from return to publication, with every illegal step refused and nothing changed. */
@QuarkusTest
class ReviewWorkflowTest {

    static final String TOWNSHIP = "320684701";
    static final String TEXT = "一、主要举措和成效\n共调解各类矛盾纠纷46起。";

    @Inject
    ObjectMapper json;

    private void submitAndAnalyze(UUID reportId, int version, String text) throws Exception {
        submitAndAnalyze(TOWNSHIP, reportId, version, text, List.of("COUNTY", "PROVINCE"));
    }

    private void submitAndAnalyze(String township, UUID reportId, int version, String text, List<String> approvalChain)
            throws Exception {
        KafkaTopics.produce("reports.submitted", township, json.writeValueAsString(new CloudEvent<>("1.0",
                UUID.randomUUID().toString(), "/report-service", EventContract.REPORT_SUBMITTED.type(), reportId.toString(),
                OffsetDateTime.now(), "application/json", new ReportSubmitted(reportId, version, township, 2024, "年度报告",
                        text, "0".repeat(64), "clerk-" + township, OffsetDateTime.now(), version == 1,
                        approvalChain))));
        KafkaTopics.produce("reports.analyzed", township, json.writeValueAsString(new CloudEvent<>("1.0",
                UUID.randomUUID().toString(), "/metrics-service", EventContract.REPORT_ANALYZED.type(), reportId.toString(),
                OffsetDateTime.now(), "application/json", new ReportAnalyzed(reportId, version, township, 2024, 1, 1,
                        List.of(new ReportAnalyzed.Finding("MISSING_SECTION", "ERROR", "缺少部分", 0, 0))))));
    }

    private String openCase(UUID reportId, int version) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            var response = given().auth().oauth2(Tokens.admin())
                    .when().get("/api/v1/reports/{id}/versions/{v}/review", reportId, version).then().extract();
            return response.statusCode() == 200 && "OPEN".equals(response.path("status"));
        });
        return given().auth().oauth2(Tokens.admin()).when().get("/api/v1/reports/{id}/versions/{v}/review", reportId, version)
                .then().extract().path("id");
    }

    private static io.restassured.response.ValidatableResponse act(String token, String caseId, String action, Object body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON);
        if (body != null) {
            request = request.body(body);
        }
        return request.when().post("/api/v1/reviews/{id}/" + action, caseId).then();
    }

    private String status(String caseId) {
        return given().auth().oauth2(Tokens.admin()).when().get("/api/v1/reviews/{id}", caseId).then().extract().path("status");
    }

    @Test
    void returnedRevisedApprovedUpTheChainAndPublished() throws Exception {
        UUID reportId = UUID.randomUUID();
        submitAndAnalyze(reportId, 1, TEXT);
        String v1 = openCase(reportId, 1);
        String county = Tokens.reviewer("320684");
        String province = Tokens.reviewer("32");

        act(county, v1, "return", Map.of()).statusCode(400).contentType("application/problem+json");
        act(county, v1, "comments", Map.of("text", "请补充化解数量。", "start", 10, "end", 23)).statusCode(201)
                .body("passage", equalTo("共调解各类矛盾纠纷46起。")).body("level", equalTo("COUNTY"));
        act(county, v1, "comments", Map.of("text", "越界", "start", 10, "end", 999)).statusCode(400);
        act(Tokens.reporter(TOWNSHIP), v1, "return", Map.of()).statusCode(403);
        act(Tokens.reviewer("320685"), v1, "return", Map.of()).statusCode(403);
        act(province, v1, "approve", Map.of()).statusCode(403).body("detail", org.hamcrest.Matchers.containsString("COUNTY"));
        act(Tokens.reviewer(TOWNSHIP), v1, "approve", Map.of()).statusCode(403);
        assertEquals("OPEN", status(v1), "refused actions change nothing");

        act(county, v1, "return", Map.of("comment", Map.of("text", "请按要求修改后重新提交。", "findingCode", "MISSING_SECTION")))
                .statusCode(200).body("status", equalTo("RETURNED"));
        act(county, v1, "approve", Map.of()).statusCode(409).body("type", equalTo("https://fazhi.cn/problems/illegal-transition"));
        act(Tokens.admin(), v1, "publish", null).statusCode(409);
        assertEquals("RETURNED", status(v1));
        var returned = KafkaTopics.read("reviews.decided", seen -> seen.stream()
                .anyMatch(r -> r.value().contains(reportId.toString()) && r.value().contains("RETURNED")), Duration.ofSeconds(30));
        String event = returned.stream().filter(r -> r.value().contains(reportId.toString())).findFirst().orElseThrow().value();
        assertTrue(event.contains("\"level\":\"COUNTY\"") && event.contains("\"commentIds\":[\""), event);

        given().auth().oauth2(Tokens.reporter(TOWNSHIP)).when().get("/api/v1/reviews/{id}/comments", v1)
                .then().statusCode(200).body("text", hasItem("请补充化解数量。")).body("passage", hasItem("共调解各类矛盾纠纷46起。"));
        given().auth().oauth2(Tokens.reporter("320684702")).when().get("/api/v1/reviews/{id}/comments", v1).then().statusCode(403);

        submitAndAnalyze(reportId, 2, TEXT + "\n化解44起。");
        String v2 = openCase(reportId, 2);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> "SUPERSEDED".equals(status(v1)));
        given().auth().oauth2(county).when().get("/api/v1/reviews?township=" + TOWNSHIP + "&status=OPEN&level=COUNTY")
                .then().statusCode(200).body("total", equalTo(1));
        act(county, v2, "approve", Map.of()).statusCode(200).body("status", equalTo("OPEN"))
                .body("currentLevel", equalTo("PROVINCE"));
        given().auth().oauth2(county).when().get("/api/v1/reviews?township=" + TOWNSHIP + "&status=OPEN&level=COUNTY")
                .then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(province).when().get("/api/v1/reviews?township=" + TOWNSHIP + "&status=OPEN&level=PROVINCE")
                .then().statusCode(200).body("total", equalTo(1));
        act(county, v2, "approve", Map.of()).statusCode(403);
        act(province, v2, "approve", Map.of()).statusCode(200).body("status", equalTo("APPROVED"));
        act(province, v2, "publish", null).statusCode(403);
        act(Tokens.admin(), v2, "publish", null).statusCode(200).body("status", equalTo("PUBLISHED"));

        List<String> actions = given().auth().oauth2(Tokens.reporter(TOWNSHIP)).when().get("/api/v1/reports/{id}/history", reportId)
                .then().statusCode(200).extract().jsonPath().getList("action");
        assertEquals(List.of("SUBMITTED", "ANALYZED", "COMMENTED", "COMMENTED", "RETURNED", "SUBMITTED", "SUPERSEDED",
                "ANALYZED", "APPROVED", "APPROVED", "PUBLISHED"), actions);
        given().auth().oauth2(Tokens.reporter("320684702")).when().get("/api/v1/reports/{id}/history", reportId).then().statusCode(403);
        given().auth().oauth2(Tokens.reviewer("320684")).when().get("/api/v1/reviews?township=" + TOWNSHIP + "&severity=ERROR&late=true")
                .then().statusCode(200).body("total", equalTo(1));

        assertEquals(List.of("v1 COUNTY RETURNED final", "v2 COUNTY APPROVED not final", "v2 PROVINCE APPROVED final",
                "v2 PROVINCE PUBLISHED final"), decisionsAbout(reportId, 4));
    }

    /** With a chain of one level, that level's approval is final: the case moves nowhere else. */
    @Test
    void anApprovalAtTheOnlyLevelOfTheChainIsFinal() throws Exception {
        UUID reportId = UUID.randomUUID();
        submitAndAnalyze("320684703", reportId, 1, TEXT, List.of("COUNTY"));
        String caseId = openCase(reportId, 1);
        act(Tokens.reviewer("320684"), caseId, "approve", Map.of()).statusCode(200)
                .body("status", equalTo("APPROVED")).body("currentLevel", equalTo("COUNTY"));
        assertEquals(List.of("v1 COUNTY APPROVED final"), decisionsAbout(reportId, 1));
    }

    /** The reviews.decided events about a report, as "v&lt;version&gt; &lt;level&gt; &lt;decision&gt; final|not final". */
    private List<String> decisionsAbout(UUID reportId, int expected) throws Exception {
        List<String> decisions = new java.util.ArrayList<>();
        for (var record : KafkaTopics.read("reviews.decided", seen -> seen.stream()
                .filter(r -> r.value().contains(reportId.toString())).count() >= expected, Duration.ofSeconds(30))) {
            JsonNode data = json.readTree(record.value()).get("data");
            if (reportId.toString().equals(data.get("reportId").asText())) {
                decisions.add("v" + data.get("version").asInt() + " " + data.get("level").asText() + " "
                        + data.get("decision").asText() + (data.get("finalDecision").asBoolean() ? " final" : " not final"));
            }
        }
        return decisions;
    }
}
