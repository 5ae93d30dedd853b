package cn.fazhi.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import cn.fazhi.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the gateway answers by itself: authentication, the roles the contracts declare, unknown
 * paths, the body limit, its fallback when a service is away, and the OpenAPI document. The services behind it are not running here; the
 * whole chain is tested with real services and Keycloak in deploy/.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class GatewayTest {

    static final Map<String, Object> REPORT = Map.of("townshipCode", "320684104", "year", 2024,
            "title", "2024年度包场镇法治政府建设工作报告", "text", "调解纠纷46起。");

    @Test
    void noTokenIsA401Problem() {
        given().contentType(ContentType.JSON).body(REPORT).when().post("/api/v1/reports")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer").body("title", equalTo("未认证"));
        given().when().get("/api/v1/reviews").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2("not-a-token").when().get("/api/v1/reports").then().statusCode(401);
    }

    @Test
    void viewersAndReviewersMayNotSubmit() {
        given().auth().oauth2(Tokens.viewer("32")).contentType(ContentType.JSON).body(REPORT)
                .when().post("/api/v1/reports")
                .then().statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
        given().auth().oauth2(Tokens.reviewer("320684")).contentType(ContentType.JSON).body(REPORT)
                .when().post("/api/v1/reports").then().statusCode(403);
        given().auth().oauth2(Tokens.of("portal", "32", "portal")).when().get("/api/v1/reviews")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.reporter("320684104")).contentType(ContentType.JSON)
                .body(Map.of("year", 2024, "deadline", "2025-03-31T23:59:59+08:00", "approvalChain", java.util.List.of("COUNTY")))
                .when().post("/api/v1/campaigns").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.reviewer("320684")).when().post("/api/v1/reviews/6f1c2a7e-3b59-4a53-9d55-2f0e8f6a9c11/publish")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.reporter("320684104")).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/v1/reviews/6f1c2a7e-3b59-4a53-9d55-2f0e8f6a9c11/approve").then().statusCode(403);
    }

    /**
     * The figure operations are routed by their contract: only a clerk may decide on a figure and
     * only an admin may read the engine's accuracy (refused here, by the gateway); a caller the
     * contract admits is forwarded to metrics-service, which is not running here (503).
     */
    @Test
    void theFigureOperationsAreRoutedWithTheRolesTheirContractDeclares() {
        String figure = "/api/v1/reports/6f1c2a7e-3b59-4a53-9d55-2f0e8f6a9c11/versions/1/figures/disputes.received";
        Map<String, Object> confirm = Map.of("action", "CONFIRMED");
        for (String token : java.util.List.of(Tokens.reviewer("320684"), Tokens.viewer("32"), Tokens.admin(),
                Tokens.of("portal", "32", "portal"))) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(confirm).when().put(figure)
                    .then().statusCode(403).contentType("application/problem+json");
        }
        given().contentType(ContentType.JSON).body(confirm).when().put(figure).then().statusCode(401);
        given().auth().oauth2(Tokens.reporter("320684104")).contentType(ContentType.JSON).body(confirm).when().put(figure)
                .then().statusCode(503).contentType("application/problem+json");
        given().auth().oauth2(Tokens.reporter("320684104")).when().get("/api/v1/admin/indicator-accuracy")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/admin/indicator-accuracy")
                .then().statusCode(503).contentType("application/problem+json");
        given().auth().oauth2(Tokens.admin()).when().delete(figure)
                .then().statusCode(405).header("Allow", "PUT");
    }

    @Test
    void anUnknownPathOrMethodIsAProblem() {
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/nothing-here")
                .then().statusCode(404).contentType("application/problem+json").body("title", equalTo("资源不存在"));
        given().auth().oauth2(Tokens.admin()).when().delete("/api/v1/reports")
                .then().statusCode(405).contentType("application/problem+json").header("Allow", "GET, POST");
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefusedWithAProblem() {
        byte[] chunked = ("{\"text\":\"" + "法".repeat(3 * 1024 * 1024 / 3) + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        given().auth().oauth2(Tokens.reporter("320684104")).contentType(ContentType.JSON)
                .body(new java.io.ByteArrayInputStream(chunked))
                .when().post("/api/v1/analysis")
                .then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void anUploadPassesTheLargerLimitOnlyWhereTheContractTakesAFile() {
        byte[] file = new byte[3 * 1024 * 1024];
        // read whole and forwarded: the service behind is away in this test, hence 503, not 413
        given().auth().oauth2(Tokens.reporter("320684104"))
                .multiPart("file", "report.txt", file, "text/plain").multiPart("townshipCode", "320684104")
                .when().post("/api/v1/reports/files")
                .then().statusCode(503).contentType("application/problem+json");
        given().auth().oauth2(Tokens.reporter("320684104"))
                .multiPart("file", "report.txt", file, "text/plain").multiPart("townshipCode", "320684104")
                .when().post("/api/v1/reports")
                .then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void anUploadOverTwentyMegabytesIsRefusedFromItsLengthAndWhenChunked() {
        byte[] file = new byte[22 * 1024 * 1024];
        given().config(RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.protocol.expect-continue", true)))
                .auth().oauth2(Tokens.reporter("320684104"))
                .multiPart("file", "report.txt", file, "text/plain")
                .when().post("/api/v1/reports/files")
                .then().statusCode(413).contentType("application/problem+json").body("detail", containsString("20 MB"));
        byte[] chunked = new byte[22 * 1024 * 1024];
        given().auth().oauth2(Tokens.reporter("320684104"))
                .contentType("multipart/form-data; boundary=x")
                .body(new java.io.ByteArrayInputStream(chunked))
                .when().post("/api/v1/reports/files")
                .then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void aHeaderOverTheLimitIsRefusedWithAProblem() {
        given().auth().oauth2(Tokens.admin()).header("X-Padding", "a".repeat(64 * 1024))
                .when().get("/api/v1/reports")
                .then().statusCode(431).contentType("application/problem+json").body("status", equalTo(431))
                .body("title", equalTo("请求头过大"));
    }

    @Test
    void anAddressOverTheLimitIsRefusedWithAProblem() {
        given().auth().oauth2(Tokens.admin())
                .when().get("/api/v1/reports?township=" + "3".repeat(5000))
                .then().statusCode(414).contentType("application/problem+json").body("status", equalTo(414));
    }

    @Test
    void aFiftyMegabyteBodyIsRefusedBeforeItIsRead() {
        String text = "法".repeat(50 * 1024 * 1024 / 3);
        given().config(RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.protocol.expect-continue", true)))
                .auth().oauth2(Tokens.reporter("320684104")).contentType(ContentType.JSON)
                .body("{\"townshipCode\":\"320684104\",\"year\":2024,\"title\":\"t\",\"text\":\"" + text + "\"}")
                .when().post("/api/v1/reports")
                .then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void anUnreachableServiceIsA503ProblemAfterRetries() {
        given().auth().oauth2(Tokens.reporter("320684104"))
                .when().get("/api/v1/reports/6f1c2a7e-3b59-4a53-9d55-2f0e8f6a9c11")
                .then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", "5").body("type", equalTo("https://fazhi.cn/problems/service-unavailable"));
    }

    @Test
    void theOpenApiDocumentDescribesThePublicApi() {
        given().accept("application/json").when().get("/openapi")
                .then().statusCode(200)
                .body("info.title", equalTo("法治政府建设年度报告平台 API"))
                .body("paths", hasKey("/api/v1/reports"))
                .body("paths", hasKey("/api/v1/reports/{id}/versions/{number}/analysis"))
                .body("paths", hasKey("/api/v1/reviews"))
                .body("paths.'/api/v1/reports'.post.requestBody.content.'application/json'.examples", notNullValue())
                .body("paths.'/api/v1/reports'.post.responses", hasKey("409"))
                .body("components.securitySchemes", hasKey("keycloak"))
                .body("components.schemas", hasKey("Problem"))
                .body("components.schemas.SubmitReportRequest.properties.townshipCode.examples[0]", equalTo("320684104"))
                .body("paths", hasKey("/api/v1/analysis"))
                .body("paths", hasKey("/api/v1/indicators/catalog"))
                .body("paths", hasKey("/api/v1/campaigns"))
                .body("paths", hasKey("/api/v1/reports/{id}/versions"))
                .body("paths", hasKey("/api/v1/reports/{id}/diff"))
                .body("paths", hasKey("/api/v1/reports/{id}/history"))
                .body("paths", hasKey("/api/v1/reviews/{id}/return"))
                .body("paths", hasKey("/api/v1/reviews/{id}/approve"))
                .body("paths", hasKey("/api/v1/reviews/{id}/publish"))
                .body("paths", hasKey("/api/v1/reviews/{id}/comments"))
                .body("paths", hasKey("/api/v1/reports/{id}/versions/{number}/figures"))
                .body("paths", hasKey("/api/v1/reports/{id}/versions/{number}/figures/{indicator}"))
                .body("paths", hasKey("/api/v1/admin/indicator-accuracy"))
                .body("components.schemas.Figure.properties", hasKey("engine"))
                .body("components.schemas.Figure.properties", hasKey("source"))
                .body("components.schemas.Mention.properties", hasKey("approx"))
                .body("components.schemas.Indicator.properties", hasKey("evidence"))
                .body("components.schemas.Indicator.properties", hasKey("derived"))
                .body("components.schemas.Finding.properties", hasKey("evidence"))
                .body("components.schemas.StoredAnalysis.properties", hasKey("outline"))
                .body("components.schemas.StoredAnalysis.properties", hasKey("sections"));
        given().when().get("/swagger-ui/").then().statusCode(200);
    }
}
