package cn.fazhi.metrics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.fazhi.events.CloudEvent;
import cn.fazhi.events.EventContract;
import cn.fazhi.events.PlacesChanged;
import cn.fazhi.events.ReportSubmitted;
import cn.fazhi.testing.KafkaTopics;
import cn.fazhi.testing.Tokens;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * The analytics on a seeded region of their own (南昌市 3601, year 2021, so other tests' figures do not
 * enter): totals and recomputed rates equal a recomputation from the townships' figure sheets, coverage
 * counts the register's expected townships, rankings keep ties, completeness counts each state, scope
 * holds, a new approval moves the province's totals, a replayed event moves nothing, the
 * consistency check notices a figure that drifted from its sources, and a kept answer is replaced once
 * its province's change counter moves.
 */
@QuarkusTest
class IndicatorAnalyticsTest {

    private static final Logger LOG = Logger.getLogger(IndicatorAnalyticsTest.class);
    private static final int YEAR = 2021;
    private static final List<String> INDICATORS = List.of("disputes.received", "disputes.resolved", "pufa.materials",
            "advisor.count");
    private static final String RATE = "disputes.resolution_rate";

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager em;

    /** A township's report text stating these figures (read by the engine as in FigureFlowTest). */
    private static String text(String name, int received, int resolved, String rate, int materials, int advisers) {
        return """
                %d年度%s法治政府建设工作报告
                一、主要举措和成效
                全年共受理矛盾纠纷%d起，调解成功%d起，调解成功率%s%%。发放宣传资料%d余份。聘请法律顾问%d名。"""
                .formatted(YEAR, name, received, resolved, rate, materials, advisers);
    }

    @Test
    void aRegionsAnalyticsFollowTheEventsAndAgreeWithTheTownshipsFigures() throws Exception {
        announceRegister();
        UUID first = submit("360102001", 1, false, text("甲镇", 46, 44, "95.7", 2000, 3));
        UUID second = submit("360102002", 1, false, text("乙镇", 60, 57, "95", 1500, 2));
        UUID third = submit("360102003", 1, true, text("丙镇", 30, 27, "90", 600, 1));
        UUID fourth = submit("360105001", 1, false, text("丁街道", 60, 50, "83.3", 800, 1));
        for (UUID report : List.of(first, second, third, fourth)) {
            awaitAnalysis(report, 1);
        }
        decide(first, "360102001", "disputes.resolved", Map.of("action", "CORRECTED", "value", 45, "reason", "核对台账"));
        decide(second, "360102002", "pufa.materials", Map.of("action", "REJECTED", "reason", "资料是县里发的"));
        decide(second, "360102002", "disputes.received", Map.of("action", "CONFIRMED"));
        decided(first, 1, "360102001", "APPROVED", true);
        decided(second, 1, "360102002", "APPROVED", true);
        decided(fourth, 1, "360105001", "APPROVED", true);
        decided(third, 1, "360102003", "RETURNED", true);
        decided(first, 1, "360102001", "PUBLISHED", true);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> official(first) && official(second)
                && official(fourth) && publishedForPortal(first));

        // totals and the recomputed rate equal a recomputation from the approved versions' figure sheets
        Map<String, Map<String, BigDecimal>> sheets = new LinkedHashMap<>();
        sheets.put("360102001", sheet(first, 1));
        sheets.put("360102002", sheet(second, 1));
        sheets.put("360105001", sheet(fourth, 1));
        assertNull(sheets.get("360102002").get("pufa.materials"), "a rejected figure is no figure");
        assertEquals(0, new BigDecimal("45").compareTo(sheets.get("360102001").get("disputes.resolved")));

        JsonPath city = totals("3601", Tokens.viewer("36"), "official").statusCode(200)
                .body("regionName", equalTo("南昌市")).body("level", equalTo("CITY")).body("basis", equalTo("OFFICIAL"))
                .extract().jsonPath();
        for (String code : INDICATORS) {
            assertSum(city, code, sheets, 5, "3601");
            assertSum(city, code, only(sheets, "360102"), 3, "360102");
            assertSum(city, code, only(sheets, "360105"), 2, "360105");
        }
        assertRate(city, sheets, 5, "3601");
        assertRate(city, only(sheets, "360102"), 3, "360102");
        assertEquals("RATE_FROM_PARTS", city.getString(at(RATE) + "method"));
        assertEquals(List.of("360102", "360105"), city.getList(at(RATE) + "children.regionCode"));
        // engine figures no clerk confirmed are counted, and said to be
        assertEquals(sheets.size() - 1, city.getInt(at("disputes.received") + "region.engineOnly"),
                "only 360102002 confirmed disputes.received");

        // the province reads the same as its only city; a township reads its own figure
        JsonPath province = totals("36", Tokens.admin(), "official").statusCode(200).extract().jsonPath();
        assertEquals(city.getDouble(at("disputes.received") + "region.value"),
                province.getDouble(at("disputes.received") + "region.value"));
        assertEquals(List.of("3601"), province.getList(at("disputes.received") + "children.regionCode"));
        JsonPath township = totals("360102001", Tokens.reporter("360102001"), "official").statusCode(200)
                .extract().jsonPath();
        assertEquals(46, township.getInt(at("disputes.received") + "region.value"));
        assertEquals(1, township.getInt(at("disputes.received") + "region.coverage.expected"));
        assertTrue(township.getList(at("disputes.received") + "children").isEmpty());

        // basis=latest also counts the returned report's latest version
        JsonPath latest = totals("3601", Tokens.viewer("36"), "latest").statusCode(200).extract().jsonPath();
        assertEquals(46 + 60 + 30 + 60, latest.getInt(at("disputes.received") + "region.value"));
        assertEquals(4, latest.getInt(at("disputes.received") + "region.coverage.stated"));

        // rankings keep ties: two townships share the first place on 60 disputes
        JsonPath ranking = given().auth().oauth2(Tokens.viewer("3601")).when()
                .get("/api/v1/analytics/regions/3601/rankings?indicator=disputes.received&year=" + YEAR + "&limit=1")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("360102002", "360105001"), ranking.getList("townships.townshipCode"));
        assertEquals(List.of(1, 1), ranking.getList("townships.rank"));
        assertEquals(second.toString(), ranking.getString("townships[0].reportId"));
        assertEquals("CLERK", ranking.getString("townships[0].source"));
        JsonPath bottom = given().auth().oauth2(Tokens.viewer("3601")).when()
                .get("/api/v1/analytics/regions/3601/rankings?indicator=disputes.received&year=" + YEAR
                        + "&order=bottom&limit=2").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("360102001", "360102002", "360105001"), bottom.getList("townships.townshipCode"));
        assertEquals(List.of(1, 2, 2), bottom.getList("townships.rank"));

        // every township figure links to its report, version and passage
        JsonPath figures = given().auth().oauth2(Tokens.viewer("3601")).when()
                .get("/api/v1/analytics/regions/360102/figures?indicator=disputes.received&indicator=disputes.resolved&year="
                        + YEAR).then().statusCode(200).extract().jsonPath();
        assertEquals(4, figures.getInt("total"));
        assertEquals(first.toString(), figures.getString("items[0].reportId"));
        assertEquals(1, figures.getInt("items[0].version"));
        String firstText = text("甲镇", 46, 44, "95.7", 2000, 3);
        assertEquals(firstText.indexOf("46起"), figures.getInt("items.find { it.indicator == 'disputes.received' }.evidence.start"));

        // completeness: expected from the register (the abolished and the not-yet-created left out)
        JsonPath completeness = given().auth().oauth2(Tokens.reviewer("3601")).when()
                .get("/api/v1/analytics/regions/3601/completeness?year=" + YEAR).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of(5, 4, 3, 1, 0, 1, 2, 1, 1), counts(completeness, "region"));
        assertEquals(List.of(3, 3, 2, 1, 0, 1, 1, 1, 0), counts(completeness, "children[0]"));
        assertEquals(List.of("360102003", "360105002"), completeness.getList("townships.townshipCode"));
        assertEquals(List.of("LATE", "MISSING"), completeness.getList("townships.completeness"));
        assertEquals("RETURNED", completeness.getString("townships[0].status"));
        assertEquals("戊街道", completeness.getString("townships[1].townshipName"));

        // scope
        totals("3601", Tokens.viewer("3602"), "official").statusCode(403).contentType("application/problem+json");
        totals("36", Tokens.reviewer("3601"), "official").statusCode(403);
        totals("3601", Tokens.reporter("360102001"), "official").statusCode(403);
        totals("360102002", Tokens.reporter("360102001"), "official").statusCode(403);
        given().auth().oauth2(Tokens.viewer("3601")).when().get("/api/v1/analytics/regions/3601/completeness?year=" + YEAR)
                .then().statusCode(403);
        given().auth().oauth2(Tokens.reviewer("360105")).when()
                .get("/api/v1/analytics/regions/3601/completeness?year=" + YEAR).then().statusCode(403);
        String portal = Tokens.of("portal", "32", "portal");
        totals("3601", portal, "latest").statusCode(403);
        JsonPath published = totals("3601", portal, "official").statusCode(200).extract().jsonPath();
        assertEquals(46, published.getInt(at("disputes.received") + "region.value"), "a portal reads published figures only");
        given().auth().oauth2(portal).when().get("/api/v1/admin/analytics/consistency?region=36&year=" + YEAR)
                .then().statusCode(403);

        // portals page through the published reports; an unchanged page is 304
        String disclosure = "/api/v1/disclosure/regions/3601/reports?year=" + YEAR;
        io.restassured.response.Response page = given().auth().oauth2(portal).when().get(disclosure);
        assertEquals(200, page.statusCode());
        assertEquals(List.of("360102001"), page.jsonPath().getList("items.townshipCode"));
        assertEquals(46, page.jsonPath().getInt("items[0].figures.find { it.indicator == 'disputes.received' }.value"));
        assertEquals(first.toString(), page.jsonPath().getString("items[0].figures[0].reportId"));
        String etag = page.header("ETag");
        assertNotNull(etag);
        assertNotNull(page.header("Last-Modified"));
        given().auth().oauth2(portal).header("If-None-Match", etag).when().get(disclosure).then().statusCode(304)
                .header("ETag", etag);
        given().auth().oauth2(portal).header("If-None-Match", "\"something-else\"").when().get(disclosure).then()
                .statusCode(200);
        decided(second, 1, "360102002", "PUBLISHED", true);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(portal)
                .header("If-None-Match", etag).when().get(disclosure).then().extract().statusCode() == 200);
        page = given().auth().oauth2(portal).when().get(disclosure);
        assertEquals(List.of("360102001", "360102002"), page.jsonPath().getList("items.townshipCode"));
        assertTrue(!etag.equals(page.header("ETag")), "a new publication changes the page's ETag");
        assertEquals(List.of("360102002"), given().auth().oauth2(portal).when().get(disclosure + "&page=1&size=1")
                .jsonPath().getList("items.townshipCode"));

        // a new approval moves the province's totals at once
        UUID revised = third;
        submit("360102003", 2, true, text("丙镇", 60, 60, "100", 600, 1), third);
        awaitAnalysis(third, 2);
        double before = totals("36", Tokens.admin(), "official").extract().jsonPath()
                .getDouble(at("disputes.received") + "region.value");
        long sent = System.nanoTime();
        decided(revised, 2, "360102003", "APPROVED", true);
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20)).until(() ->
                totals("36", Tokens.admin(), "official").extract().jsonPath()
                        .getDouble(at("disputes.received") + "region.value") == before + 60);
        long millis = (System.nanoTime() - sent) / 1_000_000;
        LOG.infof("a new approval showed in the province's totals %d ms after its event was produced", millis);
        assertTrue(millis < 5000, "the approval took " + millis + " ms to show");
        ranking = given().auth().oauth2(Tokens.viewer("3601")).when()
                .get("/api/v1/analytics/regions/3601/rankings?indicator=disputes.received&year=" + YEAR + "&limit=1")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("360102002", "360102003", "360105001"), ranking.getList("townships.townshipCode"));

        // a replayed event (same id) and a repeated decision (new id) move nothing
        String provinceBefore = totals("36", Tokens.admin(), "official").extract().asString();
        String completenessBefore = given().auth().oauth2(Tokens.admin()).when()
                .get("/api/v1/analytics/regions/36/completeness?year=" + YEAR).then().extract().asString();
        String replayed = lastDecision;
        KafkaTopics.produce("reviews.decided", "360102003", replayed);
        String repeatId = decided(revised, 2, "360102003", "APPROVED", true);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> processed(repeatId));
        assertEquals(provinceBefore, totals("36", Tokens.admin(), "official").extract().asString());
        assertEquals(completenessBefore, given().auth().oauth2(Tokens.admin()).when()
                .get("/api/v1/analytics/regions/36/completeness?year=" + YEAR).then().extract().asString());

        // the consistency check agrees, then notices a figure that drifted from its sources
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/admin/analytics/consistency?region=36&year=" + YEAR)
                .then().statusCode(200).body("consistent", equalTo(true)).body("missing", equalTo(0))
                .body("stale", equalTo(0));
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                update township_figure set value = value + 1
                where basis = 'OFFICIAL' and code = 'disputes.received' and township_code = '360102001'""").executeUpdate());
        JsonPath drifted = given().auth().oauth2(Tokens.admin()).when()
                .get("/api/v1/admin/analytics/consistency?region=36&year=" + YEAR).then().statusCode(200).extract().jsonPath();
        assertEquals(false, drifted.getBoolean("consistent"));
        assertEquals(1, drifted.getInt("missing"));
        assertEquals(1, drifted.getInt("stale"));
        assertEquals(drifted.getLong("kept"), drifted.getLong("recomputed"));

        // an answer is kept while its province's change counter stands: the figure changed behind the
        // service's back is not seen; once the counter moves, as any instance's change moves it, it is
        // seen within the freshness (250 ms), without this service having made the change
        String path = at("disputes.received") + "region.value";
        int kept = JsonPath.from(provinceBefore).getInt(path);
        assertEquals(kept, totals("36", Tokens.admin(), "official").extract().jsonPath().getInt(path),
                "the kept answer, not a new reading");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update analytics_generation set generation = generation + 1 where province = '36' and year = " + YEAR)
                .executeUpdate());
        Awaitility.await().atMost(Duration.ofSeconds(2)).until(
                () -> totals("36", Tokens.admin(), "official").extract().jsonPath().getInt(path) == kept + 1);
    }

    // --- the region: 江西省 36 → 南昌市 3601 → 东湖区 360102 (three townships and one abolished in 2019),
    //     青云谱区 360105 (two townships and one created in 2022)

    private void announceRegister() throws Exception {
        List<PlacesChanged.Place> places = new ArrayList<>();
        places.add(place("36", null, "PROVINCE", "江西省", null, null));
        places.add(place("3601", "36", "CITY", "南昌市", null, null));
        places.add(place("360102", "3601", "COUNTY", "东湖区", null, null));
        places.add(place("360105", "3601", "COUNTY", "青云谱区", null, null));
        places.add(place("360102001", "360102", "TOWNSHIP", "甲镇", null, null));
        places.add(place("360102002", "360102", "TOWNSHIP", "乙镇", null, null));
        places.add(place("360102003", "360102", "TOWNSHIP", "丙镇", null, null));
        places.add(place("360102009", "360102", "TOWNSHIP", "已撤销镇", null, LocalDate.of(2019, 6, 1)));
        places.add(place("360105001", "360105", "TOWNSHIP", "丁街道", null, null));
        places.add(place("360105002", "360105", "TOWNSHIP", "戊街道", null, null));
        places.add(place("360105003", "360105", "TOWNSHIP", "新设街道", LocalDate.of(2022, 1, 1), null));
        String eventId = UUID.randomUUID().toString();
        PlaceAnnouncements.announce(json, eventId, places.toArray(PlacesChanged.Place[]::new));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> processed(eventId));
    }

    private static PlacesChanged.Place place(String code, String parent, String level, String name, LocalDate from,
            LocalDate until) {
        return new PlacesChanged.Place(code, parent, level, from, until, null, 1,
                List.of(new PlacesChanged.Name(name, null, null)));
    }

    // --- expectations computed from the figure sheets

    private void assertSum(JsonPath totals, String code, Map<String, Map<String, BigDecimal>> sheets, int expected,
            String region) {
        BigDecimal sum = BigDecimal.ZERO;
        int stated = 0;
        List<BigDecimal> values = new ArrayList<>();
        for (Map<String, BigDecimal> sheet : sheets.values()) {
            if (sheet.get(code) != null) {
                sum = sum.add(sheet.get(code));
                stated++;
                values.add(sheet.get(code));
            }
        }
        String at = aggregateAt(totals, code, region);
        assertEquals(0, sum.compareTo(new BigDecimal(totals.getString(at + "value"))), code + " in " + region);
        assertEquals(stated, totals.getInt(at + "coverage.stated"), code + " in " + region);
        assertEquals(expected, totals.getInt(at + "coverage.expected"), code + " in " + region);
        assertEquals(stated, totals.getInt(at + "distribution.count"), code + " in " + region);
        if (!values.isEmpty()) {
            assertEquals(0, values.stream().min(BigDecimal::compareTo).orElseThrow()
                    .compareTo(new BigDecimal(totals.getString(at + "distribution.min"))), code + " in " + region);
            assertEquals(0, values.stream().max(BigDecimal::compareTo).orElseThrow()
                    .compareTo(new BigDecimal(totals.getString(at + "distribution.max"))), code + " in " + region);
        }
    }

    private void assertRate(JsonPath totals, Map<String, Map<String, BigDecimal>> sheets, int expected, String region) {
        BigDecimal numerator = BigDecimal.ZERO;
        BigDecimal denominator = BigDecimal.ZERO;
        int stated = 0;
        for (Map<String, BigDecimal> sheet : sheets.values()) {
            BigDecimal resolved = sheet.get("disputes.resolved");
            BigDecimal received = sheet.get("disputes.received");
            if (resolved != null && received != null && received.signum() > 0) {
                numerator = numerator.add(resolved);
                denominator = denominator.add(received);
                stated++;
            }
        }
        String at = aggregateAt(totals, RATE, region);
        assertTrue(stated > 0, "the seeded region states both parts");
        assertEquals(0, numerator.compareTo(new BigDecimal(totals.getString(at + "numerator"))), region);
        assertEquals(0, denominator.compareTo(new BigDecimal(totals.getString(at + "denominator"))), region);
        BigDecimal rate = numerator.multiply(BigDecimal.valueOf(100)).divide(denominator, 2, RoundingMode.HALF_EVEN);
        assertEquals(0, rate.compareTo(new BigDecimal(totals.getString(at + "value"))), "recomputed rate in " + region);
        assertEquals(stated, totals.getInt(at + "coverage.stated"));
        assertEquals(expected, totals.getInt(at + "coverage.expected"));
    }

    private static String at(String code) {
        return "totals.find { it.indicator == '" + code + "' }.";
    }

    /** The aggregate of a region in a totals answer: the region itself or one of its children. */
    private static String aggregateAt(JsonPath totals, String code, String region) {
        return region.equals(totals.getString("regionCode")) ? at(code) + "region."
                : at(code) + "children.find { it.regionCode == '" + region + "' }.";
    }

    private static Map<String, Map<String, BigDecimal>> only(Map<String, Map<String, BigDecimal>> sheets, String prefix) {
        Map<String, Map<String, BigDecimal>> selected = new LinkedHashMap<>();
        sheets.forEach((code, sheet) -> {
            if (code.startsWith(prefix)) {
                selected.put(code, sheet);
            }
        });
        return selected;
    }

    private static List<Integer> counts(JsonPath completeness, String at) {
        List<Integer> counts = new ArrayList<>();
        for (String field : List.of("expected", "submitted", "onTime", "late", "inReview", "returned", "approved",
                "published", "missing")) {
            counts.add(completeness.getInt(at + "." + field));
        }
        return counts;
    }

    /** The figures that count on a version's sheet (the clerk's where decided, else the engine's), by indicator. */
    private static Map<String, BigDecimal> sheet(UUID reportId, int version) {
        JsonPath sheet = given().auth().oauth2(Tokens.admin()).when()
                .get("/api/v1/reports/{id}/versions/{n}/figures", reportId, version).then().statusCode(200)
                .extract().jsonPath();
        Map<String, BigDecimal> values = new HashMap<>();
        List<Map<String, Object>> figures = sheet.getList("figures");
        for (Map<String, Object> figure : figures) {
            Object value = figure.get("value");
            values.put((String) figure.get("code"), value == null ? null : new BigDecimal(value.toString()));
        }
        assertNotNull(values.get("disputes.received"), "the engine read the seeded figures");
        return values;
    }

    private static ValidatableResponse totals(String region, String token, String basis) {
        StringBuilder query = new StringBuilder("year=" + YEAR + "&basis=" + basis + "&indicator=" + RATE);
        INDICATORS.forEach(code -> query.append("&indicator=").append(code));
        return given().auth().oauth2(token).when().get("/api/v1/analytics/regions/" + region + "/totals?" + query).then();
    }

    // --- events, as the other services send them

    private String lastDecision;

    private UUID submit(String township, int version, boolean late, String text) throws Exception {
        return submit(township, version, late, text, UUID.randomUUID());
    }

    private UUID submit(String township, int version, boolean late, String text, UUID reportId) throws Exception {
        ReportSubmitted data = new ReportSubmitted(reportId, version, township, YEAR, "年度法治政府建设工作报告", text,
                "0".repeat(64), "clerk", OffsetDateTime.parse("2022-01-10T08:00:00Z"), late, List.of("COUNTY", "PROVINCE"));
        KafkaTopics.produce("reports.submitted", township, json.writeValueAsString(new CloudEvent<>("1.0",
                UUID.randomUUID().toString(), "/report-service", EventContract.REPORT_SUBMITTED.type(), reportId.toString(),
                OffsetDateTime.now(), "application/json", data)));
        return reportId;
    }

    /** Sends a reviews.decided event as review-service does; returns its id. */
    private String decided(UUID reportId, int version, String township, String decision, boolean finalDecision) {
        String id = UUID.randomUUID().toString();
        lastDecision = """
                {"specversion":"1.0","id":"%s","source":"/review-service","type":"cn.fazhi.review.decided.v1",
                 "subject":"%s","time":"2022-02-01T08:00:00Z","datacontenttype":"application/json",
                 "data":{"reportId":"%s","version":%d,"townshipCode":"%s","level":"PROVINCE","decision":"%s",
                         "finalDecision":%s,"reviewer":"reviewer","commentIds":[]}}"""
                .formatted(id, reportId, reportId, version, township, decision, finalDecision);
        KafkaTopics.produce("reviews.decided", township, lastDecision);
        return id;
    }

    private static void decide(UUID reportId, String township, String code, Map<String, Object> body) {
        given().auth().oauth2(Tokens.reporter(township)).contentType("application/json").body(body).when()
                .put("/api/v1/reports/{id}/versions/1/figures/{code}", reportId, code).then().statusCode(200);
    }

    private static void awaitAnalysis(UUID reportId, int version) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(Tokens.admin()).when()
                .get("/api/v1/reports/{id}/versions/{n}/analysis", reportId, version).then().extract().statusCode() == 200);
    }

    private static boolean official(UUID reportId) {
        return Boolean.TRUE.equals(given().auth().oauth2(Tokens.admin()).when()
                .get("/api/v1/reports/{id}/versions/1/figures", reportId).then().extract().path("official"));
    }

    private static boolean publishedForPortal(UUID reportId) {
        return given().auth().oauth2(Tokens.of("portal", "32", "portal")).when()
                .get("/api/v1/reports/{id}/versions/1/figures", reportId).then().extract().statusCode() == 200;
    }

    private boolean processed(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from processed_event where event_id = :id")
                .setParameter("id", eventId).getSingleResult()).longValue() == 1);
    }
}
