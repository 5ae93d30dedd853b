package cn.fazhi.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import cn.fazhi.testing.KafkaTopics;
import cn.fazhi.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** A returned report takes a version n+1; the status follows the reviewers' decisions. */
@QuarkusTest
class ResubmissionTest {

    static final String TOWNSHIP = "320684601";

    private static void decide(String id, int version, String level, String decision, boolean finalDecision) {
        KafkaTopics.produce("reviews.decided", TOWNSHIP, ReviewDecidedConsumerTest.decided(UUID.randomUUID().toString(),
                id, version, TOWNSHIP, level, decision, finalDecision));
    }

    private static void awaitStatus(String id, String status) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> status.equals(given().auth().oauth2(Tokens.admin())
                .when().get("/api/v1/reports/{id}", id).then().extract().path("status")));
    }

    private static io.restassured.response.ValidatableResponse resubmit(String id, String token, String text) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("title", "2015年度报告（修改稿）", "text", text))
                .when().post("/api/v1/reports/{id}/versions", id).then();
    }

    @Test
    void aReturnedReportIsRevisedApprovedUpTheChainAndPublished() {
        String clerk = Tokens.reporter(TOWNSHIP);
        String id = given().auth().oauth2(clerk).contentType(ContentType.JSON)
                .body(Map.of("townshipCode", TOWNSHIP, "year", 2015, "title", "2015年度报告",
                        "text", "一、主要举措和成效\n调解纠纷46起。\n二、存在的不足\n人手不足。"))
                .when().post("/api/v1/reports").then().statusCode(201).extract().path("id");

        resubmit(id, clerk, "新正文").statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://fazhi.cn/problems/report-not-returned"));

        decide(id, 1, "COUNTY", "RETURNED", true);
        awaitStatus(id, "RETURNED");
        resubmit(id, Tokens.reporter("320684602"), "别的乡镇").statusCode(403);
        resubmit(id, clerk, "一、主要举措和成效\n调解纠纷46起，化解44起。\n二、存在的不足\n人手不足。\n三、下一年度安排\n加强培训。")
                .statusCode(201).body("latestVersion", equalTo(2)).body("status", equalTo("SUBMITTED"));
        KafkaTopics.read("reports.submitted", seen -> seen.stream()
                .anyMatch(r -> r.value().contains(id) && r.value().contains("\"version\":2")), Duration.ofSeconds(30));

        given().auth().oauth2(clerk).when().get("/api/v1/reports/{id}/diff?from=1&to=2", id)
                .then().statusCode(200)
                .body("paragraphs.change", equalTo(List.of("SAME", "REMOVED", "ADDED", "SAME", "SAME", "ADDED", "ADDED")))
                .body("paragraphs[2].text", equalTo("调解纠纷46起，化解44起。"));

        decide(id, 1, "COUNTY", "APPROVED", false);        // a decision on an old version changes nothing
        decide(id, 2, "COUNTY", "APPROVED", false);
        awaitStatus(id, "IN_REVIEW");
        decide(id, 2, "PROVINCE", "APPROVED", true);
        awaitStatus(id, "APPROVED");
        resubmit(id, clerk, "再改").statusCode(409);
        decide(id, 2, "PROVINCE", "PUBLISHED", true);
        awaitStatus(id, "PUBLISHED");
        given().auth().oauth2(Tokens.of("portal", "32", "portal")).when().get("/api/v1/reports/{id}", id)
                .then().statusCode(200).body("status", equalTo("PUBLISHED"));
        given().auth().oauth2(Tokens.of("portal", "32", "portal")).when().get("/api/v1/reports/{id}/versions/2", id)
                .then().statusCode(200);
        given().auth().oauth2(Tokens.of("portal", "32", "portal")).when().get("/api/v1/reports/{id}/versions/1", id)
                .then().statusCode(403);
    }
}
