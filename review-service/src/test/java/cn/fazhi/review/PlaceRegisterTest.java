package cn.fazhi.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import cn.fazhi.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The register of places: validated line by line, stored whole or not at all. */
@QuarkusTest
class PlaceRegisterTest {

    static final String DEMO = """
            code,name,parent,level
            32,江苏省,,PROVINCE
            3206,南通市,32,CITY
            320684,海门区,3206,COUNTY
            320684104,包场镇,320684,TOWNSHIP
            """;

    private static io.restassured.response.ValidatableResponse load(String token, String csv) {
        return given().auth().oauth2(token).contentType("text/csv; charset=UTF-8").body(csv).when().put("/api/v1/places").then();
    }

    @Test
    void anAdminLoadsTheRegisterAndEverybodyReadsIt() {
        load(Tokens.admin(), DEMO).statusCode(200).body("loaded", equalTo(4));
        given().auth().oauth2(Tokens.reporter("320684104")).when().get("/api/v1/places?parent=320684")
                .then().statusCode(200).body("name", hasItem("包场镇"));
        given().auth().oauth2(Tokens.viewer("32")).when().get("/api/v1/places/320684104")
                .then().statusCode(200).body("level", equalTo("TOWNSHIP")).body("parentCode", equalTo("320684"));
        load(Tokens.admin(), "320684104,包场镇(更名),320684,TOWNSHIP\n").statusCode(200);
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/places/320684104").then().body("name", equalTo("包场镇(更名)"));
        load(Tokens.reporter("320684104"), DEMO).statusCode(403);
        given().when().get("/api/v1/places").then().statusCode(401);
    }

    @Test
    void aWrongFileIsRefusedWholeWithEveryWrongLine() {
        String wrong = """
                code,name,parent,level
                50,重庆市,,PROVINCE
                5002,重庆市辖县,50,COUNTY
                500240,石柱县,5001,COUNTY
                5002401,残缺代码,500240,TOWNSHIP
                500240110,王场镇,500299,TOWNSHIP
                """;
        load(Tokens.admin(), wrong).statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://fazhi.cn/problems/invalid-register"))
                .body("errors", hasSize(4));
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/places/50").then().statusCode(404);
        load(Tokens.admin(), "code,name,parent,level\n").statusCode(400);
    }
}
