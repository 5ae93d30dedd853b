package cn.fazhi.metrics;

import static io.restassured.RestAssured.given;

import cn.fazhi.testing.Fixtures;
import cn.fazhi.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Re-analysis throughput (a benchmark, never in verify: its name does not end in Test): seeds
 * {@code bench.versions} stored versions whose texts are the three sample reports (12–14 KB each,
 * made distinct), brings them all to the current engine once to warm the JVM up, makes them stale
 * again and measures a second run end to end — read, analyze, store — with the production batch
 * size on all cores.
 *
 * <pre>./mvnw -B verify -pl metrics-service -am -Dtest=ReanalysisBench -Dsurefire.failIfNoSpecifiedTests=false \
 *     [-Dbench.versions=20000]</pre>
 */
@QuarkusTest
@TestProfile(ReanalysisBench.ProductionBatches.class)
class ReanalysisBench {

    /** The production settings of re-analysis instead of the tests' tiny batches. */
    public static class ProductionBatches implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("metrics.reanalysis.batch-size", "400", "metrics.reanalysis.lease", "20s");
        }
    }

    @Inject
    EntityManager em;

    @Test
    void reanalyzesTheSeededArchive() {
        int versions = Integer.getInteger("bench.versions", 20_000);
        String[] texts = {Fixtures.report(Fixtures.BAOCHANG_2024), Fixtures.report(Fixtures.DONGJITUO_2024),
                Fixtures.report(Fixtures.WANGCHANG_2023)};
        long seeding = System.nanoTime();
        QuarkusTransaction.requiringNew().timeout(600).run(() -> {
            em.createNativeQuery("insert into analysis (id, report_id, version, township_code, year, engine_version, "
                            + "content_hash, mention_count, indicator_count, finding_count, result, analyzed_at) "
                            + "select gen_random_uuid(), gen_random_uuid(), 1, '34' || lpad(i::text, 7, '0'), 2023, '0', "
                            + "repeat('0', 64), 0, 0, 0, '{}'::jsonb, now() from generate_series(1, :n) i")
                    .setParameter("n", versions).executeUpdate();
            em.createNativeQuery("update analysis a set text = (array[:a, :b, :c])[1 + n.i % 3] "
                            + "|| E'\\n（存档第' || n.i || '份）' "
                            + "from (select id, row_number() over (order by report_id) i from analysis "
                            + "where township_code like '34%') n where a.id = n.id")
                    .setParameter("a", texts[0]).setParameter("b", texts[1]).setParameter("c", texts[2]).executeUpdate();
        });
        System.out.printf(Locale.ROOT, "%n[bench] seeded %d versions in %.1f s%n", versions,
                (System.nanoTime() - seeding) / 1e9);

        JsonPath warmUp = run();
        System.out.printf(Locale.ROOT, "[bench] warm-up run: %d versions at %.1f/s%n", warmUp.getLong("done"),
                warmUp.getDouble("ratePerSecond"));
        QuarkusTransaction.requiringNew().timeout(600).run(() -> em.createNativeQuery(
                "update analysis set engine_version = '0' where township_code like '34%'").executeUpdate());
        JsonPath measured = run();
        System.out.printf(Locale.ROOT, "[bench] measured run: %d versions (%d analyzed again, %d failed) at %.1f/s "
                        + "on %d cores%n", measured.getLong("done"), measured.getLong("rewritten"), measured.getLong("failed"),
                measured.getDouble("ratePerSecond"), Runtime.getRuntime().availableProcessors());
    }

    private JsonPath run() {
        String id = given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("regionCode", "34"))
                .when().post("/api/v1/admin/reanalyses").then().statusCode(202).extract().path("id");
        return Awaitility.await().atMost(Duration.ofMinutes(20)).pollInterval(Duration.ofSeconds(1))
                .until(() -> given().auth().oauth2(Tokens.admin()).when().get("/api/v1/admin/reanalyses/{id}", id)
                        .then().statusCode(200).extract().jsonPath(), page -> "DONE".equals(page.getString("status")));
    }
}
