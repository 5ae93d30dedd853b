package cn.fazhi.deploy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The acceptance test of the assembled platform: real PostgreSQL, Kafka broker and Keycloak,
 * the four services from their built jars, all started by {@code deploy/platform.sh run} and
 * driven through the gateway with tokens from Keycloak's password grant.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformIT {

    private static Platform platform;

    @BeforeAll
    static void start() throws Exception {
        platform = new Platform(Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize());
        platform.start(Duration.ofMinutes(6));
    }

    @AfterAll
    static void stopLikeCtrlC() throws Exception {
        if (platform == null) {
            return;
        }
        int exit = platform.interrupt(Duration.ofMinutes(2));
        assertEquals(0, exit, "platform.sh should stop cleanly:\n" + platform.output());
        assertEquals(List.of(), platform.leftovers(), "processes left behind after Ctrl-C");
    }

    private static String token(String user) {
        return given().contentType(ContentType.URLENC)
                .formParam("grant_type", "password").formParam("client_id", "fazhi-cli")
                .formParam("username", user).formParam("password", "demo")
                .when().post(platform.keycloak() + "/realms/fazhi/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    private static String fixture(String name) throws IOException {
        Path shared = platform.root().getParent().resolve("shared/fixtures/reports").resolve(name);
        return Files.readString(shared, StandardCharsets.UTF_8);
    }

    private static int status(String path, String token) {
        return given().auth().oauth2(token).when().get(platform.api() + path).then().extract().statusCode();
    }

    @Test
    @Order(1)
    void aClerkSubmitsTheirReportAndItIsAnalysedAndOpenedForReview() throws Exception {
        String clerk = token("baochang");
        String id = given().auth().oauth2(clerk).contentType(ContentType.JSON)
                .body(Map.of("townshipCode", "320684104", "year", 2024,
                        "title", "2024年度包场镇法治政府建设工作报告", "text", fixture("baochang-2024.txt")))
                .when().post(platform.api() + "/reports")
                .then().statusCode(201).body("status", equalTo("SUBMITTED")).extract().path("id");

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> status("/reports/" + id + "/analysis", clerk) == 200);
        JsonPath analysis = given().auth().oauth2(clerk).when().get(platform.api() + "/reports/" + id + "/analysis")
                .then().statusCode(200).body("mentions.text", hasItem("12宗")).extract().jsonPath();
        int at = analysis.getList("mentions.text").indexOf("12宗");
        assertEquals(12, analysis.getInt("mentions[" + at + "].value"));
        assertEquals("宗", analysis.getString("mentions[" + at + "].unit"));
        assertTrue(analysis.getList("mentions.text").contains("超过2000份"));

        assertEquals(12, analysis.getInt("indicators.find { it.code == 'litigation.cases' }.value"));

        Awaitility.await().atMost(Duration.ofSeconds(60))
                .until(() -> status("/reports/" + id + "/versions/1/review", clerk) == 200);
        String reviewer = token("haimen-reviewer");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "OPEN".equals(given().auth().oauth2(reviewer)
                .when().get(platform.api() + "/reports/" + id + "/versions/1/review").then().extract().path("status")));
        given().auth().oauth2(reviewer).when().get(platform.api() + "/reports/" + id + "/versions/1/review")
                .then().statusCode(200).body("findings.code", hasItem("MISSING_SECTION"));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "IN_REVIEW".equals(given().auth().oauth2(clerk)
                .when().get(platform.api() + "/reports/" + id).then().extract().path("status")));

        given().auth().oauth2(token("wangchang")).when().get(platform.api() + "/reports/" + id)
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    @Order(2)
    void aDraftIsCheckedThroughTheGatewayWithoutBeingStored() throws Exception {
        String clerk = token("dongjituo");
        Map<String, List<String>> expected = Map.of(
                "baochang-2024.txt", List.of("MISSING_SECTION"),
                "dongjituo-2024.txt", List.of("CONFLICTING_VALUES"),
                "wangchang-2023.txt", List.of("MISSING_SECTION"));
        for (var fixture : expected.entrySet()) {
            List<String> codes = given().auth().oauth2(clerk).contentType(ContentType.JSON)
                    .body(Map.of("text", fixture(fixture.getKey())))
                    .when().post(platform.api() + "/analysis")
                    .then().statusCode(200).extract().jsonPath().getList("findings.code");
            assertEquals(fixture.getValue(), codes, fixture.getKey());
        }
        given().auth().oauth2(clerk).when().get(platform.api() + "/reports?township=120117105")
                .then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(clerk).when().get(platform.api() + "/indicators/catalog")
                .then().statusCode(200).body("indicators.code", hasItem("disputes.resolution_rate"));
    }

    @Test
    @Order(2)
    void withoutATokenIs401AndAViewerMayNotSubmit() {
        given().contentType(ContentType.JSON).body(Map.of("townshipCode", "320684104", "year", 2023, "title", "t", "text", "x"))
                .when().post(platform.api() + "/reports")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(token("province-viewer")).contentType(ContentType.JSON)
                .body(Map.of("townshipCode", "320684104", "year", 2023, "title", "t", "text", "x"))
                .when().post(platform.api() + "/reports")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    @Order(3)
    void theReadmeWalkthroughWorksAsWritten() throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", platform.root().resolve("deploy/walkthrough.sh").toString())
                .directory(platform.root().toFile()).redirectErrorStream(true);
        builder.environment().put("API", platform.api());
        builder.environment().put("KEYCLOAK", platform.keycloak());
        builder.environment().put("YEAR", "2023"); // 2024 was submitted by the first test
        builder.environment().put("REPORT_FILE", platform.root().getParent()
                .resolve("shared/fixtures/reports/baochang-2024.txt").toString());
        Process walk = builder.start();
        String out = new String(walk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, walk.waitFor(), out);
        assertTrue(out.contains("\"text\":\"12宗\""), out);
        assertTrue(out.contains("\"status\":\"IN_REVIEW\""), out);
    }

    @Test
    @Order(4)
    void aBrokerOutageDelaysEventsButLosesNoneAndRepeatsNone() throws Exception {
        String admin = token("province-admin");
        String batch = UUID.randomUUID().toString().substring(0, 8);
        platform.control("stop-kafka");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String township = "3206843" + String.format("%02d", i);
            ids.add(given().auth().oauth2(admin).contentType(ContentType.JSON)
                    .body(Map.of("townshipCode", township, "year", 2024, "title", "停机演练 " + batch,
                            "text", "调解各类矛盾纠纷" + (i + 1) + "起。"))
                    .when().post(platform.api() + "/reports")
                    .then().statusCode(201).extract().path("id"));
        }
        platform.control("start-kafka");

        for (String id : ids) {
            Awaitility.await().atMost(Duration.ofMinutes(3))
                    .until(() -> status("/reports/" + id + "/versions/1/review", admin) == 200
                            && status("/reports/" + id + "/analysis", admin) == 200);
        }
        for (int i = 0; i < 20; i++) {
            String township = "3206843" + String.format("%02d", i);
            given().auth().oauth2(admin).when().get(platform.api() + "/reviews?township=" + township)
                    .then().statusCode(200).body("total", equalTo(1));
            given().auth().oauth2(admin).when().get(platform.api() + "/reports/" + ids.get(i) + "/analysis")
                    .then().statusCode(200).body("mentions[0].value", equalTo(i + 1));
        }
    }
}
