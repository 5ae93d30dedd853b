package cn.fazhi.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import cn.fazhi.testing.KafkaTopics;
import cn.fazhi.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Admins open a campaign per year; a submission after its deadline is accepted and marked late. */
@QuarkusTest
class CampaignTest {

    private static Map<String, Object> campaign(int year, String deadline, List<String> chain) {
        return Map.of("year", year, "deadline", deadline, "approvalChain", chain);
    }

    @Test
    void anAdminOpensACampaignAndLateSubmissionsAreMarked() {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(campaign(2010, "2011-03-31T23:59:59+08:00", List.of("COUNTY", "CITY", "PROVINCE")))
                .when().post("/api/v1/campaigns")
                .then().statusCode(201).body("approvalChain", equalTo(List.of("COUNTY", "CITY", "PROVINCE")))
                .body("reportingLevel", equalTo("TOWNSHIP"));
        given().auth().oauth2(Tokens.viewer("32")).when().get("/api/v1/campaigns")
                .then().statusCode(200).body("year", hasItem(2010));

        String id = given().auth().oauth2(Tokens.reporter("320684501")).contentType(ContentType.JSON)
                .body(Map.of("townshipCode", "320684501", "year", 2010, "title", "2010年度报告", "text", "正文"))
                .when().post("/api/v1/reports")
                .then().statusCode(201).body("versions[0].late", equalTo(true)).extract().path("id");
        var events = KafkaTopics.read("reports.submitted", seen -> seen.stream().anyMatch(r -> r.value().contains(id)),
                Duration.ofSeconds(30));
        String event = events.stream().filter(r -> r.value().contains(id)).findFirst().orElseThrow().value();
        org.junit.jupiter.api.Assertions.assertTrue(event.contains("\"late\":true"), event);
        org.junit.jupiter.api.Assertions.assertTrue(event.contains("\"approvalChain\":[\"COUNTY\",\"CITY\",\"PROVINCE\"]"), event);
    }

    @Test
    void onlyAdminsChangeCampaignsAndTheChainMustClimb() {
        given().auth().oauth2(Tokens.reporter("320684104")).contentType(ContentType.JSON)
                .body(campaign(2011, "2012-03-31T00:00:00Z", List.of("COUNTY"))).when().post("/api/v1/campaigns")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(campaign(2011, "2012-03-31T00:00:00Z", List.of("PROVINCE", "COUNTY"))).when().post("/api/v1/campaigns")
                .then().statusCode(400).body("errors[0].field", equalTo("approvalChain"));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(campaign(2011, "2012-03-31T00:00:00Z", List.of("TOWNSHIP"))).when().post("/api/v1/campaigns")
                .then().statusCode(400);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(campaign(2011, "2012-03-31T00:00:00Z", List.of("VILLAGE"))).when().post("/api/v1/campaigns")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(campaign(2011, "2012-03-31T00:00:00Z", List.of("COUNTY", "PROVINCE"))).when().post("/api/v1/campaigns")
                .then().statusCode(201);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(campaign(2011, "2012-03-31T00:00:00Z", List.of("COUNTY"))).when().post("/api/v1/campaigns")
                .then().statusCode(409);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(campaign(2012, "2012-03-31T00:00:00Z", List.of("COUNTY"))).when().put("/api/v1/campaigns/2011")
                .then().statusCode(400);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(campaign(2011, "2030-03-31T00:00:00Z", List.of("COUNTY"))).when().put("/api/v1/campaigns/2011")
                .then().statusCode(200).body("approvalChain", equalTo(List.of("COUNTY")));
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/campaigns/2009").then().statusCode(404);
    }
}
