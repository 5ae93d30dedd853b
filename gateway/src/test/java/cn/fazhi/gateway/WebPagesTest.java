package cn.fazhi.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;

/**
 * The pages are served by the gateway beside the API, without a token (they hold no data), while
 * the API under /api/v1 still refuses a request without one; ECharts comes from the platform, at
 * the path the pages import it from (a BOM that moves it fails here, not in a person's browser).
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class WebPagesTest {

    @Test
    void thePagesAreServedWithoutATokenAndTheApiStillWantsOne() {
        given().when().get("/web/").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("法治政府建设年度报告平台")).body(containsString("js/app.js"));
        given().when().get("/web/js/auth.js").then().statusCode(200).body(containsString("code_challenge_method"));
        given().when().get("/web/style.css").then().statusCode(200);
        given().when().get("/api/v1/reports").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void theBareAddressLeadsToThePages() {
        given().redirects().follow(false).when().get("/").then().statusCode(302).header("Location", endsWith("/web/"));
        given().redirects().follow(false).when().get("/web").then().statusCode(302).header("Location", endsWith("/web/"));
    }

    @Test
    void thePagesLearnWhereToLogInFromTheGateway() {
        given().when().get("/web/config.json").then().statusCode(200).contentType("application/json")
                .header("Cache-Control", "no-store")
                .body("clientId", equalTo("fazhi-web"))
                .body("api", equalTo("/api/v1"))
                .body("authServerUrl", endsWith("/realms/quarkus"));
    }

    @Test
    void echartsIsServedByThePlatformWhereThePagesImportIt() {
        given().when().get("/_static/echarts/6.0.0/dist/echarts.esm.min.js").then().statusCode(200)
                .body(containsString("echarts"));
        given().when().get("/web/js/charts.js").then().statusCode(200)
                .body(containsString("/_static/echarts/6.0.0/dist/echarts.esm.min.js"));
    }
}
