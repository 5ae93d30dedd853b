package cn.fazhi.deploy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.fazhi.testing.BadInputCase;
import cn.fazhi.testing.BadInputCorpus;
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
    /** The published report of the lifecycle test and its version-2 case: the matrix's target. */
    private static String publishedReport;
    private static String publishedCase;

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

    /** Multipart as a browser sends it: the file's Chinese name in UTF-8. */
    static final io.restassured.config.RestAssuredConfig UTF8_FORMS = io.restassured.config.RestAssuredConfig.config()
            .multiPartConfig(io.restassured.config.MultiPartConfig.multiPartConfig().defaultCharset("UTF-8"))
            .httpClient(io.restassured.config.HttpClientConfig.httpClientConfig()
                    .httpMultipartMode(org.apache.http.entity.mime.HttpMultipartMode.BROWSER_COMPATIBLE));

    private static String token(String user) {
        return platform.token(user);
    }

    /** The portal's token: the client credentials of the realm's fazhi-portal client. */
    private static String portalToken() {
        return given().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("client_id", "fazhi-portal").formParam("client_secret", "portal-demo-secret")
                .when().post(platform.keycloak() + "/realms/fazhi/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    private static String fixture(String name) throws IOException {
        return Files.readString(platform.root().resolve("deploy/samples").resolve(name), StandardCharsets.UTF_8);
    }

    private static int status(String path, String token) {
        return given().auth().oauth2(token).when().get(platform.api() + path).then().extract().statusCode();
    }

    @Test
    @Order(1)
    void aClerkSubmitsTheirReportAndItIsAnalyzedAndOpenedForReview() throws Exception {
        String clerk = token("baochang");
        String id = given().auth().oauth2(clerk).contentType(ContentType.JSON)
                .body(Map.of("townshipCode", "320614108", "year", 2024,
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

    /** Operators learn to ignore errors a normal start prints; a clean start prints none. */
    @Test
    @Order(2)
    void aCleanStartLogsNoErrorAndNoStackTrace() {
        for (String service : List.of("report-service", "metrics-service", "review-service", "gateway")) {
            String log = platform.log(service);
            List<String> errors = log.lines().filter(line -> line.contains(" ERROR ") || line.startsWith("\tat ")
                    || line.startsWith("Caused by:")).limit(5).toList();
            assertEquals(List.of(), errors, service + " logged errors during a clean start");
        }
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
        given().auth().oauth2(clerk).when().get(platform.api() + "/reports?township=120117112")
                .then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(clerk).when().get(platform.api() + "/indicators/catalog")
                .then().statusCode(200).body("indicators.code", hasItem("disputes.resolution_rate"));
    }

    @Test
    @Order(2)
    void withoutATokenIs401AndAViewerMayNotSubmit() {
        given().contentType(ContentType.JSON).body(Map.of("townshipCode", "320614108", "year", 2023, "title", "t", "text", "x"))
                .when().post(platform.api() + "/reports")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(token("province-viewer")).contentType(ContentType.JSON)
                .body(Map.of("townshipCode", "320614108", "year", 2023, "title", "t", "text", "x"))
                .when().post(platform.api() + "/reports")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    @Order(2)
    void theRegisterIsTheNationalListWithTheDemoAmendment() {
        String viewer = token("province-viewer");
        given().auth().oauth2(viewer).when().get(platform.api() + "/places/120117112")
                .then().statusCode(200).body("name", equalTo("东棘坨镇")).body("parentCode", equalTo("120117"));
        given().auth().oauth2(viewer).when().get(platform.api() + "/places/500240108")
                .then().statusCode(200).body("name", equalTo("王场镇"));
        given().auth().oauth2(viewer).when().get(platform.api() + "/places?parent=320614")
                .then().statusCode(200).body("code", hasItem("320614102")).body("code", hasItem("320614108"));
        given().auth().oauth2(viewer).when().get(platform.api() + "/places/320614108")
                .then().statusCode(200).body("name", equalTo("包场镇"));
    }

    @Test
    @Order(3)
    void theReadmeWalkthroughWorksAsWritten() throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", platform.root().resolve("deploy/walkthrough.sh").toString())
                .directory(platform.root().toFile()).redirectErrorStream(true);
        builder.environment().put("API", platform.api());
        builder.environment().put("KEYCLOAK", platform.keycloak());
        builder.environment().put("YEAR", "2023"); // 2024 was submitted by the first test
        Process walk = builder.start();
        String out = new String(walk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, walk.waitFor(), out);
        assertTrue(out.contains("\"text\":\"12宗\""), out);
        assertTrue(out.contains("\"status\":\"IN_REVIEW\""), out);
    }

    /** DOMAIN.md's lifecycle, through the gateway, with each actor's own Keycloak token. */
    @Test
    @Order(4)
    void aReportIsReturnedRevisedApprovedByCountyAndProvinceAndPublished() {
        String clerk = token("baochang");
        String county = token("haimen-reviewer");
        String province = token("province-reviewer");
        String admin = token("province-admin");
        String stranger = token("wangchang");
        String text = "一、主要举措和成效\n共调解各类矛盾纠纷46起。\n二、下一年度安排\n加强培训。";
        String id = given().auth().oauth2(clerk).contentType(ContentType.JSON)
                .body(Map.of("townshipCode", "320614108", "year", 2022, "title", "2022年度包场镇法治政府建设工作报告", "text", text))
                .when().post(platform.api() + "/reports").then().statusCode(201).extract().path("id");
        String v1 = openCase(id, 1, county);

        given().auth().oauth2(county).contentType(ContentType.JSON)
                .body(Map.of("text", "请补充化解数量和存在的不足。", "start", 10, "end", 23))
                .when().post(platform.api() + "/reviews/" + v1 + "/comments").then().statusCode(201);
        given().auth().oauth2(province).contentType(ContentType.JSON).body(Map.of())
                .when().post(platform.api() + "/reviews/" + v1 + "/approve").then().statusCode(403);
        given().auth().oauth2(county).contentType(ContentType.JSON).body(Map.of())
                .when().post(platform.api() + "/reviews/" + v1 + "/return").then().statusCode(200).body("status", equalTo("RETURNED"));
        given().auth().oauth2(county).contentType(ContentType.JSON).body(Map.of())
                .when().post(platform.api() + "/reviews/" + v1 + "/approve")
                .then().statusCode(409).contentType("application/problem+json");
        awaitReportStatus(id, "RETURNED", clerk);

        given().auth().oauth2(clerk).when().get(platform.api() + "/reviews/" + v1 + "/comments")
                .then().statusCode(200).body("passage", hasItem("共调解各类矛盾纠纷46起。"));
        given().auth().oauth2(stranger).when().get(platform.api() + "/reviews/" + v1 + "/comments").then().statusCode(403);
        given().auth().oauth2(stranger).when().get(platform.api() + "/reports/" + id).then().statusCode(403);

        given().auth().oauth2(clerk).contentType(ContentType.JSON)
                .body(Map.of("title", "2022年度包场镇法治政府建设工作报告", "text", text + "\n二、存在的不足\n人手不足。"))
                .when().post(platform.api() + "/reports/" + id + "/versions").then().statusCode(201).body("latestVersion", equalTo(2));
        given().auth().oauth2(clerk).when().get(platform.api() + "/reports/" + id + "/diff?from=1&to=2")
                .then().statusCode(200).body("paragraphs.change", hasItem("ADDED"));
        String v2 = openCase(id, 2, county);

        given().auth().oauth2(county).contentType(ContentType.JSON).body(Map.of())
                .when().post(platform.api() + "/reviews/" + v2 + "/approve").then().statusCode(200)
                .body("currentLevel", equalTo("PROVINCE"));
        given().auth().oauth2(county).contentType(ContentType.JSON).body(Map.of())
                .when().post(platform.api() + "/reviews/" + v2 + "/approve").then().statusCode(403);
        given().auth().oauth2(province).contentType(ContentType.JSON).body(Map.of())
                .when().post(platform.api() + "/reviews/" + v2 + "/approve").then().statusCode(200).body("status", equalTo("APPROVED"));
        awaitReportStatus(id, "APPROVED", clerk);
        given().auth().oauth2(clerk).contentType(ContentType.JSON).body(Map.of("title", "t", "text", "再改"))
                .when().post(platform.api() + "/reports/" + id + "/versions").then().statusCode(409);
        given().auth().oauth2(admin).when().post(platform.api() + "/reviews/" + v2 + "/publish").then().statusCode(200);
        awaitReportStatus(id, "PUBLISHED", clerk);

        String portal = portalToken();
        given().auth().oauth2(portal).when().get(platform.api() + "/reports/" + id).then().statusCode(200);
        publishedReport = id;
        publishedCase = v2;
        List<Map<String, Object>> history = given().auth().oauth2(clerk).when()
                .get(platform.api() + "/reports/" + id + "/history").then().statusCode(200).extract().jsonPath()
                .getList("$");
        assertEquals(List.of("COMMENTED", "RETURNED", "SUPERSEDED"), afterArrival(history, 1));
        assertEquals(List.of("APPROVED", "APPROVED", "PUBLISHED"), afterArrival(history, 2));
        given().auth().oauth2(stranger).when().get(platform.api() + "/reports/" + id + "/history").then().statusCode(403);
    }

    /**
     * A version's history after its submission and its analysis, which reach review-service on two
     * topics and so in either order (the history records the case's steps as review-service took them).
     */
    private static List<String> afterArrival(List<Map<String, Object>> history, int version) {
        List<String> actions = history.stream().filter(entry -> ((Number) entry.get("version")).intValue() == version)
                .map(entry -> (String) entry.get("action")).toList();
        assertTrue(actions.size() >= 2, "version " + version + ": " + actions);
        assertEquals(java.util.Set.of("SUBMITTED", "ANALYZED"), java.util.Set.copyOf(actions.subList(0, 2)),
                "version " + version + " begins with its submission and its analysis: " + actions);
        return actions.subList(2, actions.size());
    }

    /**
     * The clerk confirms the figures through the gateway (the 18F pattern): confirm, correct,
     * reject, add; the reviewer sees the engine's value beside the clerk's; after the approval the
     * official figures are the clerk's, an unconfirmed one stays the engine's and says so, and no
     * figure changes any more; every decision is in the report's history.
     */
    @Test
    @Order(4)
    void aClerkConfirmsTheFiguresAndTheApprovedVersionsOfficialFiguresAreTheirs() {
        String clerk = token("baochang");
        String county = token("haimen-reviewer");
        String province = token("province-reviewer");
        String missed = "代写诉状等7次";
        String text = "一、主要举措和成效\n全年共受理矛盾纠纷46起，调解成功44起，调解成功率95.7%。发放宣传资料2000余份。"
                + "聘请法律顾问3名。为困难群众代写诉状等7次。\n二、存在的不足和原因\n人手不足。\n三、下一年度工作安排\n加强培训。";
        String id = given().auth().oauth2(clerk).contentType(ContentType.JSON)
                .body(Map.of("townshipCode", "320614108", "year", 2021, "title", "2021年度包场镇法治政府建设工作报告", "text", text))
                .when().post(platform.api() + "/reports").then().statusCode(201).extract().path("id");
        String v1 = openCase(id, 1, county);
        String figures = platform.api() + "/reports/" + id + "/versions/1/figures";

        given().auth().oauth2(clerk).when().get(figures).then().statusCode(200)
                .body("open", equalTo(true)).body("figures.find { it.code == 'disputes.received' }.value", equalTo(46))
                .body("figures.find { it.code == 'disputes.received' }.status", equalTo("ENGINE_ONLY"));
        given().auth().oauth2(clerk).contentType(ContentType.JSON).body(Map.of("action", "CONFIRMED"))
                .when().put(figures + "/disputes.received").then().statusCode(200).body("source", equalTo("CLERK"));
        given().auth().oauth2(clerk).contentType(ContentType.JSON)
                .body(Map.of("action", "CORRECTED", "value", 45, "reason", "另有1起在年底调解成功"))
                .when().put(figures + "/disputes.resolved").then().statusCode(200).body("value", equalTo(45));
        given().auth().oauth2(clerk).contentType(ContentType.JSON).body(Map.of("action", "REJECTED", "reason", "资料是县里发的"))
                .when().put(figures + "/pufa.materials").then().statusCode(200).body("status", equalTo("REJECTED"));
        int start = text.indexOf(missed);
        given().auth().oauth2(clerk).contentType(ContentType.JSON)
                .body(Map.of("action", "ADDED", "value", 7, "start", start, "end", start + missed.length()))
                .when().put(figures + "/legal_aid.cases").then().statusCode(200).body("decision.passage.text", equalTo(missed));
        given().auth().oauth2(clerk).contentType(ContentType.JSON).body(Map.of("action", "CORRECTED", "value", 45))
                .when().put(figures + "/disputes.received").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(county).contentType(ContentType.JSON).body(Map.of("action", "CONFIRMED"))
                .when().put(figures + "/advisor.count").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(token("wangchang")).contentType(ContentType.JSON).body(Map.of("action", "CONFIRMED"))
                .when().put(figures + "/advisor.count").then().statusCode(403).contentType("application/problem+json");

        JsonPath reviewed = given().auth().oauth2(county).when().get(figures).then().statusCode(200).extract().jsonPath();
        assertEquals(44, reviewed.getInt("figures.find { it.code == 'disputes.resolved' }.engine.value"));
        assertEquals(45, reviewed.getInt("figures.find { it.code == 'disputes.resolved' }.decision.value"));

        given().auth().oauth2(county).contentType(ContentType.JSON).body(Map.of())
                .when().post(platform.api() + "/reviews/" + v1 + "/approve").then().statusCode(200);
        given().auth().oauth2(province).contentType(ContentType.JSON).body(Map.of())
                .when().post(platform.api() + "/reviews/" + v1 + "/approve").then().statusCode(200).body("status", equalTo("APPROVED"));
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> Boolean.TRUE.equals(given().auth().oauth2(clerk)
                .when().get(figures).then().extract().path("official")));
        JsonPath official = given().auth().oauth2(token("province-viewer")).when().get(figures).then().statusCode(200)
                .body("open", equalTo(false)).extract().jsonPath();
        assertEquals("CLERK", official.getString("figures.find { it.code == 'disputes.resolved' }.source"));
        assertEquals(45, official.getInt("figures.find { it.code == 'disputes.resolved' }.value"));
        assertEquals("ENGINE", official.getString("figures.find { it.code == 'advisor.count' }.source"));
        assertEquals("ENGINE_ONLY", official.getString("figures.find { it.code == 'advisor.count' }.status"));
        assertEquals(7, official.getInt("figures.find { it.code == 'legal_aid.cases' }.value"));
        given().auth().oauth2(clerk).contentType(ContentType.JSON).body(Map.of("action", "CONFIRMED"))
                .when().put(figures + "/advisor.count").then().statusCode(409).contentType("application/problem+json");

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> given().auth().oauth2(clerk)
                .when().get(platform.api() + "/reports/" + id + "/history").then().extract().jsonPath()
                .getList("action").containsAll(List.of("FIGURE_CONFIRMED", "FIGURE_CORRECTED", "FIGURE_REJECTED", "FIGURE_ADDED")));
        List<String> figureSteps = given().auth().oauth2(county).when().get(platform.api() + "/reports/" + id + "/history")
                .then().statusCode(200).extract().jsonPath().getList("action", String.class).stream()
                .filter(a -> a.startsWith("FIGURE_")).toList();
        assertEquals(List.of("FIGURE_CONFIRMED", "FIGURE_CORRECTED", "FIGURE_REJECTED", "FIGURE_ADDED"), figureSteps);
        given().auth().oauth2(token("province-admin")).when().get(platform.api() + "/admin/indicator-accuracy?year=2021")
                .then().statusCode(200).body("indicators.find { it.code == 'disputes.resolved' }.corrected", equalTo(1));
    }

    /**
     * A clerk files the report as a Word document through the gateway: its text is read with the
     * headings Word numbers itself, analyzed and opened for review like a pasted text, and the
     * reviewer downloads the original byte for byte, under its Chinese name.
     */
    @Test
    @Order(11)
    void aWordReportUploadedThroughTheGatewayIsAnalyzedReviewedAndDownloadableAsFiled() throws Exception {
        String clerk = token("baochang");
        String text = fixture("baochang-2024.txt").replace("2024年度", "2020年度");
        byte[] docx = cn.fazhi.testing.SampleDocuments.docxWithNumberedHeadings(text);
        String name = "包场镇2020年度法治政府建设工作报告.docx";
        String id = given().config(UTF8_FORMS).auth().oauth2(clerk)
                .multiPart("file", name, docx, cn.fazhi.testing.SampleDocuments.DOCX)
                .multiPart("townshipCode", "320614108").multiPart("year", "2020")
                .when().post(platform.api() + "/reports/files")
                .then().statusCode(201).body("title", equalTo("2020年度包场镇法治政府建设工作报告"))
                .extract().path("id");

        given().auth().oauth2(clerk).when().get(platform.api() + "/reports/" + id + "/versions/1")
                .then().statusCode(200)
                .body("text", equalTo(String.join("\n", cn.fazhi.testing.SampleDocuments.paragraphs(text)) + "\n"))
                .body("source.fileName", equalTo(name))
                .body("source.sizeBytes", equalTo(docx.length));
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> status("/reports/" + id + "/analysis", clerk) == 200);
        given().auth().oauth2(clerk).when().get(platform.api() + "/reports/" + id + "/analysis")
                .then().statusCode(200).body("mentions.text", hasItem("12宗"))
                .body("outline.marker", hasItem("一、"));

        String reviewer = token("haimen-reviewer");
        String caseId = openCase(id, 1, reviewer);
        assertTrue(caseId != null && !caseId.isEmpty());
        var download = given().auth().oauth2(reviewer)
                .when().get(platform.api() + "/reports/" + id + "/versions/1/file").then().statusCode(200)
                .contentType(cn.fazhi.testing.SampleDocuments.DOCX)
                .header("Content-Disposition", org.hamcrest.Matchers.containsString(
                        "filename*=UTF-8''%E5%8C%85%E5%9C%BA%E9%95%872020"))
                .extract().asByteArray();
        org.junit.jupiter.api.Assertions.assertArrayEquals(docx, download);
        given().auth().oauth2(token("wangchang")).when().get(platform.api() + "/reports/" + id + "/versions/1/file")
                .then().statusCode(403).contentType("application/problem+json");
        given().config(UTF8_FORMS).auth().oauth2(clerk)
                .multiPart("file", "扫描件.pdf", cn.fazhi.testing.SampleDocuments.scannedPdf(1), "application/pdf")
                .multiPart("townshipCode", "320614108").multiPart("year", "2019")
                .when().post(platform.api() + "/reports/files")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://fazhi.cn/problems/document-scanned"));
    }

    private static String openCase(String reportId, int version, String reviewer) {
        String path = platform.api() + "/reports/" + reportId + "/versions/" + version + "/review";
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
            var response = given().auth().oauth2(reviewer).when().get(path).then().extract();
            return response.statusCode() == 200 && "OPEN".equals(response.path("status"));
        });
        return given().auth().oauth2(reviewer).when().get(path).then().extract().path("id");
    }

    /**
     * The national dataset's tool (README, "Indicator analytics") on one city and one year: what it
     * writes is what the analytics read, the campaign's counts add up, and a second run refuses.
     */
    @Test
    @Order(12)
    void theSeedingToolFillsARegionThatTheAnalyticsReadConsistently() throws Exception {
        String seeded = seed("2015", "2015", "3206");
        assertTrue(seeded.contains("seeded in"), seeded);
        String admin = token("province-admin");

        JsonPath completeness = given().auth().oauth2(admin).queryParam("year", 2015)
                .when().get(platform.api() + "/analytics/regions/3206/completeness")
                .then().statusCode(200).extract().jsonPath();
        long expected = completeness.getLong("region.expected");
        long submitted = completeness.getLong("region.submitted");
        assertTrue(expected > 50, completeness.prettify());
        assertEquals(expected, submitted + completeness.getLong("region.missing"), completeness.prettify());
        assertTrue(submitted >= expected * 9 / 10 && submitted < expected, completeness.prettify());
        assertEquals(submitted, completeness.getLong("region.inReview") + completeness.getLong("region.returned")
                + completeness.getLong("region.approved") + completeness.getLong("region.published"),
                completeness.prettify());

        JsonPath totals = given().auth().oauth2(admin).queryParam("indicator", "disputes.received")
                .queryParam("year", 2015).when().get(platform.api() + "/analytics/regions/3206/totals")
                .then().statusCode(200).extract().jsonPath();
        long stated = totals.getLong("totals[0].region.coverage.stated");
        assertTrue(stated > expected / 2 && stated <= submitted, totals.prettify());
        assertTrue(totals.getDouble("totals[0].region.value") > stated, totals.prettify());

        given().auth().oauth2(admin).queryParam("region", "3206").queryParam("year", 2015)
                .when().get(platform.api() + "/admin/analytics/consistency")
                .then().statusCode(200).body("consistent", equalTo(true))
                .body("kept", org.hamcrest.Matchers.greaterThan(0));

        // a figure's report is the same report in report-service and review-service: its text states
        // the figure at the evidence, and its review went through the workflow's steps
        JsonPath figure = given().auth().oauth2(admin).queryParam("indicator", "disputes.received")
                .queryParam("year", 2015).queryParam("size", 1)
                .when().get(platform.api() + "/analytics/regions/3206/figures")
                .then().statusCode(200).extract().jsonPath();
        String reportId = figure.getString("items[0].reportId");
        String text = given().auth().oauth2(admin).when().get(platform.api() + "/reports/{id}/versions/1", reportId)
                .then().statusCode(200).extract().path("text");
        assertTrue(text.contains("全年共受理矛盾纠纷" + figure.getString("items[0].value").replaceAll("\\.0+$", "") + "件"),
                text);
        List<String> steps = given().auth().oauth2(admin).when().get(platform.api() + "/reports/{id}/history", reportId)
                .then().statusCode(200).extract().path("action");
        assertEquals(List.of("SUBMITTED", "ANALYZED"), steps.subList(0, 2), steps.toString());

        String again = seedRefused("2015", "2015", "3206");
        assertTrue(again.contains("already hold"), again);
    }

    private static String seed(String... arguments) throws Exception {
        return seedExiting(0, arguments);
    }

    private static String seedRefused(String... arguments) throws Exception {
        return seedExiting(1, arguments);
    }

    /** platform.sh seed-national, within 5 minutes, expected to exit with {@code code}; its output. */
    private static String seedExiting(int code, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", platform.root().resolve("deploy/platform.sh").toString(),
                "seed-national"));
        command.addAll(List.of(arguments));
        Path output = Files.createTempFile("seed-", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(platform.root().toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().putAll(platform.env());
        Process seed = builder.start();
        boolean ended = seed.waitFor(5, java.util.concurrent.TimeUnit.MINUTES);
        if (!ended) {
            seed.destroyForcibly();
        }
        String out = Files.readString(output, StandardCharsets.UTF_8);
        Files.deleteIfExists(output);
        assertTrue(ended, "seed-national did not end within 5 minutes:\n" + out);
        assertEquals(code, seed.exitValue(), out);
        return out;
    }

    private static void awaitReportStatus(String id, String status, String token) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> status.equals(given().auth().oauth2(token)
                .when().get(platform.api() + "/reports/" + id).then().extract().path("status")));
    }

    @Test
    @Order(5)
    void everyEndpointAnswersEveryRoleInAndOutOfScopeAsItsRuleSays() {
        int campaignYear = 2019;
        String admin = token("province-admin");
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(AuthorizationMatrix.rules(campaignYear).get("POST /api/v1/campaigns").body())
                .when().post(platform.api() + "/campaigns").then().statusCode(201);
        String portal = portalToken();
        List<AuthorizationMatrix.Caller> callers = List.of(
                new AuthorizationMatrix.Caller("reporter", true, token("baochang")),
                new AuthorizationMatrix.Caller("reporter", false, token("wangchang")),
                new AuthorizationMatrix.Caller("reviewer", true, token("province-reviewer")),
                new AuthorizationMatrix.Caller("reviewer", false, token("shizhu-reviewer")),
                new AuthorizationMatrix.Caller("viewer", true, token("province-viewer")),
                new AuthorizationMatrix.Caller("viewer", false, token("chongqing-viewer")),
                new AuthorizationMatrix.Caller("admin", true, admin),
                new AuthorizationMatrix.Caller("portal", true, portal));
        String gateway = "http://localhost:" + Platform.GATEWAY_PORT;
        AuthorizationMatrix.assertNone(AuthorizationMatrix.check(gateway, AuthorizationMatrix.rules(campaignYear), callers,
                publishedReport, publishedCase, campaignYear));
    }

    /**
     * The platform's bad-input corpus (the cases each service's own test sends it directly), now
     * through the gateway with Keycloak's tokens: each one refused with a 4xx problem+json in
     * Chinese, and nothing stored (reports, review cases, comments, amendments counted through the
     * API before and after). Callers: the demo users whose place covers what the cases address.
     */
    @Test
    @Order(5)
    void everyBadRequestOfTheCorpusIsRefusedThroughTheGatewayAndStoresNothing() throws Exception {
        String admin = token("province-admin");
        Map<String, String> tokens = Map.of("reporter", token("baochang"), "reviewer", token("haimen-reviewer"),
                "viewer", token("province-viewer"), "portal", portalToken(), "admin", admin);
        String caseId = anOpenCaseWithOnlyMissingSections(admin, "320614902");
        Map<String, String> placeholders = Map.of("reportId", publishedReport, "caseId", caseId,
                "missingId", UUID.randomUUID().toString());
        List<String> failures = new ArrayList<>();
        List<BadInputCase> cases = BadInputCorpus.cases();
        for (BadInputCase c : cases) {
            Map<String, Integer> before = storedThroughTheApi(admin, caseId);
            try {
                var answer = BadInputCorpus.send(c,
                        java.net.URI.create("http://localhost:" + Platform.GATEWAY_PORT), tokens.get(c.role()), placeholders);
                String mismatch = BadInputCorpus.mismatch(c, answer);
                if (mismatch != null) {
                    failures.add(c.service() + " / " + c.name() + ": " + mismatch);
                }
            } catch (IOException e) {
                failures.add(c.service() + " / " + c.name() + ": no answer (" + e + ")");
            }
            Map<String, Integer> after = storedThroughTheApi(admin, caseId);
            if (!before.equals(after)) {
                failures.add(c.service() + " / " + c.name() + ": stored something " + before + " → " + after);
            }
        }
        assertTrue(cases.size() >= 100, "the corpus has " + cases.size() + " cases");
        assertTrue(failures.isEmpty(), failures.size() + " of " + cases.size() + " cases wrong through the gateway:\n"
                + String.join("\n", failures));
    }

    private static String anOpenCaseWithOnlyMissingSections(String admin, String township) {
        String id = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("townshipCode", township, "year", 2024, "title", "年度报告",
                        "text", "一、主要举措和成效\n共调解各类矛盾纠纷46起。"))
                .when().post(platform.api() + "/reports").then().statusCode(201).extract().path("id");
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> "OPEN".equals(given().auth().oauth2(admin)
                .when().get(platform.api() + "/reports/" + id + "/versions/1/review").then().extract().path("status")));
        List<String> codes = given().auth().oauth2(admin).when().get(platform.api() + "/reports/" + id + "/versions/1/review")
                .then().statusCode(200).extract().path("findings.code");
        assertEquals(List.of("MISSING_SECTION"), codes.stream().distinct().toList(), "the corpus expects only MISSING_SECTION");
        return given().auth().oauth2(admin).when().get(platform.api() + "/reports/" + id + "/versions/1/review")
                .then().extract().path("id");
    }

    private static Map<String, Integer> storedThroughTheApi(String admin, String caseId) {
        return Map.of(
                "reports", given().auth().oauth2(admin).when().get(platform.api() + "/reports?size=1").then().extract().path("total"),
                "cases", given().auth().oauth2(admin).when().get(platform.api() + "/reviews?size=1").then().extract().path("total"),
                "comments", given().auth().oauth2(admin).when().get(platform.api() + "/reviews/" + caseId + "/comments")
                        .then().extract().path("size()"),
                "amendments", given().auth().oauth2(admin).when().get(platform.api() + "/places/amendments?size=1")
                        .then().extract().path("total"));
    }

    @Test
    @Order(6)
    void aBrokerOutageDelaysEventsButLosesNoneAndRepeatsNone() throws Exception {
        String admin = token("province-admin");
        String batch = UUID.randomUUID().toString().substring(0, 8);
        platform.control("stop-kafka");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String township = "3206143" + String.format("%02d", i);
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
            String township = "3206143" + String.format("%02d", i);
            given().auth().oauth2(admin).when().get(platform.api() + "/reviews?township=" + township)
                    .then().statusCode(200).body("total", equalTo(1));
            given().auth().oauth2(admin).when().get(platform.api() + "/reports/" + ids.get(i) + "/analysis")
                    .then().statusCode(200).body("mentions[0].value", equalTo(i + 1));
        }
    }

    @Test
    @Order(7)
    void aMetricsServiceKilledMidStreamLosesNothing() throws Exception {
        FaultDrills drills = new FaultDrills(platform, token("province-admin"));
        FaultDrills.Burst burst = drills.burst("3206145", 24, "崩溃演练 metrics",
                () -> platform.control("kill-service", "metrics-service"));
        platform.control("start-service", "metrics-service");
        drills.assertEachAnalyzedAndInReviewOnce("3206145", burst);
    }

    @Test
    @Order(8)
    void aReviewServiceKilledMidStreamLosesNothing() throws Exception {
        FaultDrills drills = new FaultDrills(platform, token("province-admin"));
        FaultDrills.Burst burst = drills.burst("3206146", 24, "崩溃演练 review",
                () -> platform.control("kill-service", "review-service"));
        platform.control("start-service", "review-service");
        drills.assertEachAnalyzedAndInReviewOnce("3206146", burst);
    }

    /**
     * The database restarts under a burst: a client sees 201 or 503 with Retry-After (never a 5xx
     * that leaves it guessing), its retry with the same Idempotency-Key is stored once, and the
     * events behind every stored report flow on once the database is back.
     */
    @Test
    @Order(9)
    void aDatabaseRestartDuringABurstAnswers503AndLosesNothing() throws Exception {
        FaultDrills drills = new FaultDrills(platform, token("province-admin"));
        FaultDrills.Burst burst = drills.burst("3206147", 40, "数据库重启演练", () -> platform.control("restart-postgres"));
        FaultDrills.assertOnly201And503(burst);
        drills.assertEachAnalyzedAndInReviewOnce("3206147", burst);
    }

    /**
     * A poison record is dead-lettered and shown to the admin, who discards it; a report whose
     * analysis fails (a fault drill: the engine itself no longer fails on any text) still reaches
     * its reviewers, with a finding that says the automatic analysis failed.
     */
    @Test
    @Order(10)
    void aPoisonRecordIsShownToTheAdminAndAFailedAnalysisStillReachesTheReviewers() throws Exception {
        String admin = token("province-admin");
        String poisonId = "poison-" + UUID.randomUUID();
        try (var producer = new org.apache.kafka.clients.producer.KafkaProducer<String, String>(Map.<String, Object>of(
                "bootstrap.servers", platform.kafka(),
                "key.serializer", org.apache.kafka.common.serialization.StringSerializer.class,
                "value.serializer", org.apache.kafka.common.serialization.StringSerializer.class))) {
            producer.send(new org.apache.kafka.clients.producer.ProducerRecord<>("reports.submitted", "320614800",
                    "{\"specversion\":\"1.0\",\"id\":\"" + poisonId + "\",\"type\":\"cn.fazhi.report.submitted.v1\",\"data\":{}}"))
                    .get();
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
            List<String> ids = given().auth().oauth2(admin).queryParam("topic", "reports.submitted").queryParam("size", 100)
                    .when().get(platform.api() + "/admin/dead-letters").then().statusCode(200).extract().path("items.eventId");
            return ids.stream().filter(poisonId::equals).count() == 2;
        });
        List<String> letters = given().auth().oauth2(admin).queryParam("topic", "reports.submitted").queryParam("size", 100)
                .when().get(platform.api() + "/admin/dead-letters").then().extract()
                .path("items.findAll { it.eventId == '" + poisonId + "' }.id");
        for (String letter : letters) {
            given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("reason", "演练用的坏记录"))
                    .when().post(platform.api() + "/admin/dead-letters/" + letter + "/discard")
                    .then().statusCode(200).body("status", equalTo("DISCARDED"));
        }

        String id = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("townshipCode", "320614801", "year", 2024, "title", "分析失败演练",
                        "text", "一、主要工作\n调解纠纷46起。" + FaultDrills.ANALYSIS_FAILURE_MARKER))
                .when().post(platform.api() + "/reports").then().statusCode(201).extract().path("id");
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> "OPEN".equals(given().auth().oauth2(admin)
                .when().get(platform.api() + "/reports/" + id + "/versions/1/review").then().extract().path("status")));
        given().auth().oauth2(admin).when().get(platform.api() + "/reports/" + id + "/versions/1/review")
                .then().statusCode(200).body("findings.code", hasItem("ANALYSIS_FAILED"));
        given().auth().oauth2(admin).when().get(platform.api() + "/reports/" + id + "/analysis")
                .then().statusCode(200).body("findings[0].code", equalTo("ANALYSIS_FAILED"));
        new FaultDrills(platform, admin).assertNoValidEventDeadLettered(List.of(id));
    }
}
