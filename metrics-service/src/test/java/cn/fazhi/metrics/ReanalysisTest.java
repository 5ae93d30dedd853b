package cn.fazhi.metrics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.fazhi.analysis.ReportAnalyzer;
import cn.fazhi.events.CloudEvent;
import cn.fazhi.events.EventContract;
import cn.fazhi.events.ReportSubmitted;
import cn.fazhi.testing.Fixtures;
import cn.fazhi.testing.KafkaTopics;
import cn.fazhi.testing.Tokens;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Re-analysis of the archive through the API, on versions that came in as real submissions: it
 * brings stale analyses in scope (and only those) to the current engine and catalog, a second run
 * changes nothing, and a run left behind by a killed worker is taken over and goes on from its
 * cursor without redoing what was done.
 */
@QuarkusTest
class ReanalysisTest {

    static final String REGION = "3301";

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager em;

    @Test
    void staleAnalysesInScopeAreAnalyzedAgainOnceAndAKilledRunGoesOnFromItsCursor() throws Exception {
        List<UUID> inScope = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            inScope.add(submit("33010000" + i, 2023, i % 2 == 0 ? Fixtures.report(Fixtures.BAOCHANG_2024) : "全年调解纠纷" + (40 + i) + "起。"));
        }
        UUID otherYear = submit("330100009", 2022, "全年调解纠纷9起。");
        UUID otherRegion = submit("330200001", 2023, "全年调解纠纷7起。");
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() ->
                count("select count(*) from analysis where township_code like '330%'") == 7);
        List<UUID> ordered = query("select report_id from analysis where township_code like '3301%' and year = 2023 "
                + "order by report_id, version");
        assertEquals(5, ordered.size());

        makeStale("3301%");
        makeStale("3302%");
        JsonPath run = start(Map.of("year", 2023, "regionCode", REGION));
        assertEquals(5, run.getInt("total"));
        JsonPath done = awaitFinished(run.getString("id"));
        assertEquals(5, done.getInt("done"));
        assertEquals(5, done.getInt("rewritten"));
        assertEquals(0, done.getInt("alreadyCurrent"));
        for (UUID report : inScope) {
            assertEquals(ReportAnalyzer.ENGINE_VERSION, single("select engine_version from analysis where report_id = '" + report + "'"));
            assertNotNull(single("select catalog_version from analysis where report_id = '" + report + "'"));
            assertEquals(1L, count("select count(*) from analysis where report_id = '" + report + "' and mention_count >= 1 "
                    + "and reanalyzed_at is not null and result ->> 'engineVersion' = '" + ReportAnalyzer.ENGINE_VERSION + "'"));
        }
        given().auth().oauth2(Tokens.reporter("330100002")).when().get("/api/v1/reports/{id}/analysis", inScope.get(1))
                .then().statusCode(200).body("engineVersion", equalTo(ReportAnalyzer.ENGINE_VERSION));
        assertEquals("0", single("select engine_version from analysis where report_id = '" + otherYear + "'"));
        assertEquals("0", single("select engine_version from analysis where report_id = '" + otherRegion + "'"));

        // Idempotent: a second run over the same scope finds everything current and rewrites nothing.
        Object stamped = single("select max(reanalyzed_at)::text from analysis where township_code like '3301%'");
        JsonPath again = awaitFinished(start(Map.of("year", 2023, "regionCode", REGION)).getString("id"));
        assertEquals(5, again.getInt("alreadyCurrent"));
        assertEquals(0, again.getInt("rewritten"));
        assertEquals(stamped, single("select max(reanalyzed_at)::text from analysis where township_code like '3301%'"));

        // A worker killed after two versions leaves its run RUNNING with a cursor and a heartbeat that
        // stops; another start of the service takes it over after the lease and goes on from there.
        makeStale("3301%");
        UUID killed = UUID.randomUUID();
        sql("insert into reanalysis (id, status, year, region_code, engine_version, catalog_version, total, without_text, "
                + "done, rewritten, cursor_report, cursor_version, started_by, started_at, heartbeat_at) values ('"
                + killed + "', 'RUNNING', 2023, '" + REGION + "', '" + ReportAnalyzer.ENGINE_VERSION + "', 'x', 5, 0, 2, 2, '"
                + ordered.get(1) + "', 1, 'admin', now() - interval '1 hour', now() - interval '1 hour')");
        JsonPath resumed = awaitFinished(killed.toString());
        assertEquals(5, resumed.getInt("done"));
        assertEquals(5, resumed.getInt("rewritten"));
        for (int i = 0; i < ordered.size(); i++) {
            assertEquals(i < 2 ? "0" : ReportAnalyzer.ENGINE_VERSION,
                    single("select engine_version from analysis where report_id = '" + ordered.get(i) + "'"), "version " + i);
        }
    }

    /**
     * The clerk's decisions are never overwritten by a re-analysis; where the new reading is neither
     * what the engine read when the clerk decided nor the clerk's figure, the decision is flagged.
     */
    @Test
    void aNewReadingThatDisagreesWithTheClerkIsFlaggedAndTheClerksFigureKept() throws Exception {
        String township = "340100001";
        UUID report = submit(township, 2023, Fixtures.report(Fixtures.BAOCHANG_2024));
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() ->
                count("select count(*) from analysis where report_id = '" + report + "'") == 1);
        JsonPath sheet = figures(township, report);
        List<String> codes = sheet.getList("figures.code");
        assertTrue(codes.size() >= 3, "the sample report states at least three indicators: " + codes);
        String changed = codes.get(0);
        String corrected = codes.get(1);
        String confirmed = codes.get(2);
        java.math.BigDecimal changedValue = engineValue(sheet, changed);
        java.math.BigDecimal correctedValue = engineValue(sheet, corrected);
        java.math.BigDecimal confirmedValue = engineValue(sheet, confirmed);
        // An earlier engine read one more than today's for the first indicator, and the clerk confirmed
        // that; it read five more for the second, which the clerk corrected to what the engine reads
        // today; the third it read as today, confirmed.
        decide(report, township, changed, "CONFIRMED", changedValue.add(java.math.BigDecimal.ONE),
                changedValue.add(java.math.BigDecimal.ONE), null);
        decide(report, township, corrected, "CORRECTED", correctedValue.add(java.math.BigDecimal.valueOf(5)),
                correctedValue, "原文写明");
        decide(report, township, confirmed, "CONFIRMED", confirmedValue, confirmedValue, null);

        makeStale("3401%");
        JsonPath run = awaitFinished(start(Map.of("regionCode", "3401")).getString("id"));
        assertEquals(1, run.getInt("rewritten"));
        assertEquals(1, run.getInt("disagreements"));
        JsonPath flagged = given().auth().oauth2(Tokens.admin())
                .when().get("/api/v1/admin/reanalyses/{id}/disagreements", run.getString("id"))
                .then().statusCode(200).extract().jsonPath();
        assertEquals(1, flagged.getInt("total"));
        assertEquals(changed, flagged.getString("items[0].code"));
        assertEquals("CONFIRMED", flagged.getString("items[0].clerkAction"));
        assertEquals(0, changedValue.add(java.math.BigDecimal.ONE).compareTo(flagged.getObject("items[0].clerkValue", java.math.BigDecimal.class)));
        assertEquals(0, changedValue.compareTo(flagged.getObject("items[0].engineValueNow", java.math.BigDecimal.class)));
        assertEquals(township, flagged.getString("items[0].townshipCode"));

        JsonPath after = figures(township, report);
        String path = "figures.find { it.code == '%s' }.";
        assertEquals(Boolean.TRUE, after.getBoolean(path.formatted(changed) + "engineDisagrees"));
        assertEquals("CLERK", after.getString(path.formatted(changed) + "source"));
        assertEquals(0, changedValue.add(java.math.BigDecimal.ONE)
                .compareTo(new java.math.BigDecimal(after.getString(path.formatted(changed) + "value"))), "the clerk's figure is kept");
        assertEquals(Boolean.FALSE, after.getBoolean(path.formatted(corrected) + "engineDisagrees"));
        assertEquals(Boolean.FALSE, after.getBoolean(path.formatted(confirmed) + "engineDisagrees"));
        assertEquals(3L, count("select count(*) from figure_decision where report_id = '" + report + "'"),
                "no decision added, changed or removed");

        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/admin/reanalyses/{id}/disagreements", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.admin()).queryParam("size", 0)
                .when().get("/api/v1/admin/reanalyses/{id}/disagreements", run.getString("id"))
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Tokens.reviewer("34")).when().get("/api/v1/admin/reanalyses/{id}/disagreements", run.getString("id"))
                .then().statusCode(403);
    }

    private static JsonPath figures(String township, UUID report) {
        return given().auth().oauth2(Tokens.reporter(township)).when().get("/api/v1/reports/{id}/versions/1/figures", report)
                .then().statusCode(200).extract().jsonPath();
    }

    private static java.math.BigDecimal engineValue(JsonPath sheet, String code) {
        return new java.math.BigDecimal(sheet.getString("figures.find { it.code == '" + code + "' }.engine.value"));
    }

    private void decide(UUID report, String township, String code, String action, java.math.BigDecimal engineThen,
            java.math.BigDecimal value, String reason) {
        sql("insert into figure_decision (id, report_id, version, township_code, year, code, revision, action, engine_value, "
                + "value, unit, reason, clerk_stated, actor, decided_at) values ('" + UUID.randomUUID() + "', '" + report
                + "', 1, '" + township + "', 2023, '" + code + "', 1, '" + action + "', " + engineThen + ", " + value
                + ", '件', " + (reason == null ? "null" : "'" + reason + "'") + ", false, 'clerk', now())");
    }

    /**
     * A version still in review whose findings the new reading changes is announced again, once;
     * one whose findings are the same, or whose report is decided, is not. An analysis from before
     * the digests were kept is compared by its stored findings.
     */
    @Test
    void onlyAVersionInReviewWhoseFindingsChangeIsAnnouncedAgain() throws Exception {
        String text = "全年调解纠纷12起。";
        UUID changed = submit("330300001", 2023, text);
        UUID same = submit("330300002", 2023, text);
        UUID decided = submit("330300003", 2023, text);
        UUID legacy = submit("330300004", 2023, text);
        UUID legacySame = submit("330300005", 2023, text);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() ->
                count("select count(*) from analysis where township_code like '3303%'") == 5);
        assertEquals(5L, count("select count(*) from analysis where township_code like '3303%' and finding_count > 0 "
                + "and findings_digest is not null"));
        makeStale("3303%");
        sql("update analysis set findings_digest = 'an older engine found otherwise' where report_id in ('" + changed
                + "', '" + decided + "')");
        sql("update report_progress set status = 'APPROVED' where report_id = '" + decided + "'");
        sql("update analysis set findings_digest = null, result = jsonb_set(result, '{findings}', '[]') "
                + "where report_id = '" + legacy + "'");
        sql("update analysis set findings_digest = null where report_id = '" + legacySame + "'");
        String announced = "select count(*) from outbox_event where event_type = '"
                + EventContract.REPORT_ANALYZED.type() + "' and payload like '%%%s%%'";
        Map<UUID, Long> before = new java.util.HashMap<>();
        for (UUID report : List.of(changed, same, decided, legacy, legacySame)) {
            before.put(report, count(announced.formatted(report)));
        }

        JsonPath done = awaitFinished(start(Map.of("year", 2023, "regionCode", "3303")).getString("id"));
        assertEquals(5, done.getInt("rewritten"));

        assertEquals(before.get(changed) + 1, count(announced.formatted(changed)), "findings changed, in review");
        assertEquals(before.get(legacy) + 1, count(announced.formatted(legacy)), "stored findings differ, in review");
        assertEquals(before.get(same), count(announced.formatted(same)), "the same findings");
        assertEquals(before.get(legacySame), count(announced.formatted(legacySame)), "the same stored findings");
        assertEquals(before.get(decided), count(announced.formatted(decided)), "the report is decided");
        Object digest = single("select findings_digest from analysis where report_id = '" + same + "'");
        for (UUID report : List.of(changed, decided, legacy, legacySame)) {
            assertEquals(digest, single("select findings_digest from analysis where report_id = '" + report + "'"));
        }
    }

    @Test
    void oneRunAtATimeAndOnlyAnAdminStartsOrStopsIt() {
        UUID blocking = UUID.randomUUID();
        // A run whose worker is alive (its heartbeat is recent) blocks a second start.
        sql("insert into reanalysis (id, status, engine_version, catalog_version, total, without_text, started_by, "
                + "started_at, heartbeat_at) values ('" + blocking + "', 'RUNNING', '0', 'x', 0, 0, 'admin', now(), "
                + "now() + interval '1 hour')");
        try {
            given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of())
                    .when().post("/api/v1/admin/reanalyses")
                    .then().statusCode(409).contentType("application/problem+json");
        } finally {
            given().auth().oauth2(Tokens.admin()).when().post("/api/v1/admin/reanalyses/{id}/cancel", blocking)
                    .then().statusCode(200).body("status", equalTo("CANCELLED"));
        }
        given().auth().oauth2(Tokens.admin()).when().post("/api/v1/admin/reanalyses/{id}/cancel", blocking)
                .then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(Tokens.reviewer("32")).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/v1/admin/reanalyses").then().statusCode(403);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("regionCode", "3x"))
                .when().post("/api/v1/admin/reanalyses").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("year", 1999))
                .when().post("/api/v1/admin/reanalyses").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/admin/reanalyses/{id}", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/admin/reanalyses")
                .then().statusCode(200).body("find { it.id == '" + blocking + "' }.status", equalTo("CANCELLED"));
    }

    private UUID submit(String township, int year, String text) throws Exception {
        UUID reportId = UUID.randomUUID();
        ReportSubmitted data = new ReportSubmitted(reportId, 1, township, year, year + "年度法治政府建设工作报告", text,
                "0".repeat(64), "clerk", OffsetDateTime.parse("2025-01-10T08:00:00Z"), false, List.of("COUNTY", "PROVINCE"));
        KafkaTopics.produce("reports.submitted", township, json.writeValueAsString(new CloudEvent<>("1.0",
                UUID.randomUUID().toString(), "/report-service", EventContract.REPORT_SUBMITTED.type(), reportId.toString(),
                OffsetDateTime.now(), "application/json", data)));
        return reportId;
    }

    private JsonPath start(Map<String, Object> scope) {
        return given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(scope)
                .when().post("/api/v1/admin/reanalyses")
                .then().statusCode(202).header("Location", org.hamcrest.Matchers.containsString("/api/v1/admin/reanalyses/"))
                .extract().jsonPath();
    }

    private JsonPath awaitFinished(String id) {
        return Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> given().auth().oauth2(Tokens.admin())
                .when().get("/api/v1/admin/reanalyses/{id}", id).then().statusCode(200).extract().jsonPath(),
                page -> "DONE".equals(page.getString("status")));
    }

    private void makeStale(String township) {
        sql("update analysis set engine_version = '0', catalog_version = null, mention_count = -1, "
                + "result = jsonb_set(result, '{engineVersion}', '\"0\"') where township_code like '" + township + "'");
    }

    private void sql(String statement) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(statement).executeUpdate());
    }

    private long count(String query) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(query).getSingleResult()).longValue());
    }

    private Object single(String query) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(query).getSingleResult());
    }

    @SuppressWarnings("unchecked")
    private List<UUID> query(String query) {
        return QuarkusTransaction.requiringNew().call(() -> (List<UUID>) em.createNativeQuery(query).getResultList());
    }
}
