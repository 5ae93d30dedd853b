package cn.fazhi.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import cn.fazhi.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Register files: validated line by line, applied whole or not at all, each change recorded. */
@QuarkusTest
class PlaceRegisterTest {

    private static io.restassured.response.ValidatableResponse load(String token, String csv) {
        return given().auth().oauth2(token).contentType("text/csv; charset=UTF-8").body(csv).when().put("/api/v1/places").then();
    }

    @Test
    void anAdminAddsAndCorrectsPlacesByFileAndEverybodyReadsThem() {
        String file = """
                code,name,parent,level
                32,江苏省,,PROVINCE
                3206,南通市,32,CITY
                320614,海门区,3206,COUNTY
                320614901,试验镇,320614,TOWNSHIP
                """;
        load(Tokens.admin(), file).statusCode(200).body("loaded", equalTo(4));
        given().auth().oauth2(Tokens.reporter("320614901")).when().get("/api/v1/places?parent=320614")
                .then().statusCode(200).body("name", hasItem("试验镇")).body("name", hasItem("常乐镇"));
        given().auth().oauth2(Tokens.viewer("32")).when().get("/api/v1/places/320614901")
                .then().statusCode(200).body("level", equalTo("TOWNSHIP")).body("parentCode", equalTo("320614"));

        load(Tokens.admin(), "320614901,试验镇(更正),320614,TOWNSHIP\n").statusCode(200);
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/places/320614901").then().body("name", equalTo("试验镇(更正)"));
        // the unchanged lines of the real register recorded nothing; the added and the corrected place did
        given().auth().oauth2(Tokens.viewer("32")).when().get("/api/v1/places/320614901/amendments").then().statusCode(200)
                .body("kind", equalTo(java.util.List.of("ADD", "RENAME")))
                .body("[0].effectiveFrom", nullValue()).body("[0].actor", equalTo("admin"))
                .body("[1].formerName", equalTo("试验镇")).body("[1].name", equalTo("试验镇(更正)"));
        given().auth().oauth2(Tokens.viewer("32")).when().get("/api/v1/places/3206/amendments").then().statusCode(200)
                .body("", hasSize(0));

        load(Tokens.reporter("320614901"), file).statusCode(403);
        given().when().get("/api/v1/places").then().statusCode(401);
    }

    @Test
    void aWrongFileIsRefusedWholeWithEveryWrongLineAndItsGoodLinesAreNotApplied() {
        String wrong = """
                code,name,parent,level
                50,重庆市,,PROVINCE
                500240108,王场镇(改),500240,TOWNSHIP
                500240901,新设镇,500240,TOWNSHIP
                5002,重庆市辖县,50,COUNTY
                500240,石柱县,5001,COUNTY
                5002401,残缺代码,500240,TOWNSHIP
                500240110,王场镇,500299,TOWNSHIP
                500299001,无上级镇,500299,TOWNSHIP
                """;
        load(Tokens.admin(), wrong).statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://fazhi.cn/problems/invalid-register"))
                .body("errors", hasSize(5))
                .body("errors.message", hasItem("上级 500299 不在名录中"));
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/places/500240901").then().statusCode(404);
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/places/500240108").then().statusCode(200).body("name", equalTo("王场镇"));
        load(Tokens.admin(), "code,name,parent,level\n").statusCode(400);
    }
}
