package cn.fazhi.metrics;

import cn.fazhi.metrics.repository.PlaceNameRepository;
import cn.fazhi.metrics.repository.PlaceRegisterRepository;
import cn.fazhi.metrics.repository.RegionRange;
import cn.fazhi.metrics.repository.ReportProgressRepository;
import cn.fazhi.metrics.repository.TownshipFigureRepository;
import cn.fazhi.metrics.repository.TownshipFigureRepository.Scope;
import cn.fazhi.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * The analytics at national scale (a benchmark, never in verify: its name does not end in Test). Seeds
 * metrics-service's own tables straight in SQL with a synthetic national register of
 * {@code bench.townships} townships (29 provinces × 12 cities × 12 counties × 10 townships, codes nested
 * like real division codes) and {@code bench.years} years of five indicators per township on both
 * bases (about 90 % approved, 3 % missing, some late), then measures over HTTP against this one service
 * (not through the gateway): latency of province, city and county totals with breakdowns, rankings,
 * trends and completeness one request at a time, throughput with {@code bench.clients} concurrent
 * clients, and the streamed CSV export of one indicator for every province (the whole country).
 *
 * <pre>./mvnw -B verify -pl metrics-service -am -Dtest=AnalyticsBench -Dsurefire.failIfNoSpecifiedTests=false \
 *     [-Dbench.townships=41352] [-Dbench.years=5] [-Dbench.requests=400] [-Dbench.clients=8] [-Dbench.seconds=10]</pre>
 */
@QuarkusTest
class AnalyticsBench {

    private static final Logger LOG = Logger.getLogger(AnalyticsBench.class);
    private static final int FIRST_YEAR = 2020;
    private static final String[] INDICATORS = {"disputes.received", "disputes.resolved", "pufa.materials",
            "advisor.count", "legal_aid.cases"};

    @Inject
    EntityManager em;

    @Inject
    DataSource dataSource;

    @TestHTTPResource("/")
    URI base;

    @Test
    void measuresTheAnalyticsOnANationalDataset() throws Exception {
        int townships = Integer.getInteger("bench.townships", 41_352);
        int years = Integer.getInteger("bench.years", 5);
        long started = System.nanoTime();
        seed(townships, years);
        LOG.infof("BENCH seeded %d townships × %d years in %.1f s", townships, years, seconds(started));

        if (Boolean.getBoolean("bench.profile")) {
            profile(FIRST_YEAR + years - 1);
        }
        String token = Tokens.admin();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        int year = FIRST_YEAR + years - 1;
        String indicators = "indicator=disputes.received&indicator=disputes.resolution_rate";
        List<Probe> probes = List.of(
                new Probe("province totals + breakdown", i -> "/api/v1/analytics/regions/" + province(i)
                        + "/totals?" + indicators + "&year=" + year),
                new Probe("city totals + breakdown", i -> "/api/v1/analytics/regions/" + province(i) + city(i)
                        + "/totals?" + indicators + "&year=" + year),
                new Probe("county totals + breakdown", i -> "/api/v1/analytics/regions/" + province(i) + city(i)
                        + county(i) + "/totals?" + indicators + "&year=" + year),
                new Probe("province ranking top 10", i -> "/api/v1/analytics/regions/" + province(i)
                        + "/rankings?indicator=disputes.received&year=" + year),
                new Probe("city trend over all years", i -> "/api/v1/analytics/regions/" + province(i) + city(i)
                        + "/trends?indicator=disputes.received&from=" + FIRST_YEAR + "&to=" + year),
                new Probe("province completeness", i -> "/api/v1/analytics/regions/" + province(i)
                        + "/completeness?year=" + year));
        int requests = Integer.getInteger("bench.requests", 400);
        for (Probe probe : probes) {
            for (int i = 0; i < 50; i++) {
                call(http, token, probe.path().apply(i));
            }
            long[] micros = new long[requests];
            for (int i = 0; i < requests; i++) {
                long t = System.nanoTime();
                call(http, token, probe.path().apply(i));
                micros[i] = (System.nanoTime() - t) / 1000;
            }
            Arrays.sort(micros);
            LOG.infof("BENCH %-28s one at a time: p50 %.1f ms, p99 %.1f ms, max %.1f ms", probe.name(),
                    micros[requests / 2] / 1000.0, micros[requests * 99 / 100] / 1000.0, micros[requests - 1] / 1000.0);
        }
        throughput(http, token, probes.subList(0, 4), year);

        long export = System.nanoTime();
        long bytes = 0;
        for (int p = 0; p < PROVINCES; p++) {
            bytes += call(http, token, "/api/v1/analytics/regions/" + (41 + p)
                    + "/figures/export?indicator=disputes.received&year=" + year + "&format=csv").length();
        }
        LOG.infof("BENCH national CSV export of one indicator and year (29 provinces one after another): %.2f s, %.1f MB",
                seconds(export), bytes / 1e6);
    }

    private void moveCounters(int perSecond, long until, int year) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        try (var connection = dataSource.getConnection(); var move = connection.prepareStatement(
                "insert into analytics_generation (province, year, generation) values (?, ?, 1)"
                        + " on conflict (province, year) do update set generation = analytics_generation.generation + 1")) {
            while (perSecond > 0 && System.nanoTime() < until) {
                move.setString(1, province(random.nextInt(PROVINCES)));
                move.setInt(2, year);
                move.executeUpdate();
                Thread.sleep(1000 / perSecond);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void throughput(HttpClient http, String token, List<Probe> probes, int year) throws Exception {
        int clients = Integer.getInteger("bench.clients", 8);
        int seconds = Integer.getInteger("bench.seconds", 10);
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong done = new AtomicLong();
        List<long[]> all = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<java.util.concurrent.Future<long[]>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                long[] micros = new long[1_000_000];
                int n = 0;
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (System.nanoTime() < until && n < micros.length) {
                    Probe probe = probes.get(random.nextInt(probes.size()));
                    long t = System.nanoTime();
                    call(http, token, probe.path().apply(random.nextInt(10_000)));
                    micros[n++] = (System.nanoTime() - t) / 1000;
                    done.incrementAndGet();
                }
                return Arrays.copyOf(micros, n);
            }));
        }
        // meanwhile approvals land somewhere in the country: each moves its province's change counter,
        // as AnalyticsUpkeep does, so the answers kept about that province are computed again
        int changes = Integer.getInteger("bench.changes", 5);
        Thread changer = new Thread(() -> moveCounters(changes, until, year), "bench-approvals");
        changer.start();
        for (var future : futures) {
            all.add(future.get());
        }
        changer.join();
        pool.shutdown();
        long[] micros = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        LOG.infof("BENCH totals/breakdowns/rankings mixed, %d clients for %d s, %d approvals/s elsewhere: %.0f requests/s,"
                + " p50 %.1f ms, p99 %.1f ms", clients, seconds, changes, done.get() / (double) seconds, micros[micros.length / 2] / 1000.0,
                micros[micros.length * 99 / 100] / 1000.0);
    }

    @Inject
    TownshipFigureRepository figures;

    @Inject
    PlaceRegisterRepository register;

    @Inject
    ReportProgressRepository progress;

    @Inject
    PlaceNameRepository names;

    /** Each query of a province's answers alone, in-process: where the time of a request goes. */
    private void profile(int year) {
        RegionRange province = new RegionRange("51");
        Scope scope = new Scope("OFFICIAL", false);
        List<String> codes = List.of("disputes.received", "disputes.resolution_rate");
        Map<String, Runnable> queries = new LinkedHashMap<>();
        queries.put("aggregates province", () -> figures.aggregates(scope, codes, province, 2, year, year));
        queries.put("aggregates by city", () -> figures.aggregates(scope, codes, province, 4, year, year));
        queries.put("rate parts by city", () -> figures.rateParts(scope, "disputes.resolved", "disputes.received",
                province, 4, year, year));
        queries.put("expected by city", () -> register.expected(province, 4, year, year));
        queries.put("names of cities", () -> names.namesOn(List.of("51", "5101", "5102", "5103", "5104", "5105",
                "5106", "5107", "5108", "5109", "5110", "5111", "5112"), java.time.LocalDate.of(year, 12, 31)));
        RegionRange county = new RegionRange("510101");
        queries.put("aggregates county", () -> figures.aggregates(scope, codes, county, 6, year, year));
        queries.put("aggregates by township", () -> figures.aggregates(scope, codes, county, 9, year, year));
        queries.put("rate parts by township", () -> figures.rateParts(scope, "disputes.resolved", "disputes.received",
                county, 9, year, year));
        queries.put("expected by township", () -> register.expected(county, 9, year, year));
        queries.put("expected county", () -> register.expected(county, 6, year, year));
        queries.put("ranking top 10", () -> figures.ranking(scope, "disputes.received", province, year, true, 10));
        queries.put("completeness counts by city", () -> progress.counts(province, year, 4));
        queries.put("completeness missing or late", () -> progress.missingOrLate(province, year));
        QuarkusTransaction.requiringNew().run(() -> {
            LOG.infof("BENCH jit=%s", em.createNativeQuery("show jit").getSingleResult());
            explain("AGGREGATES", Map.of("basis", "OFFICIAL", "publishedOnly", false, "years", List.of(year),
                    "low", "51", "high", "51:", "codes", codes, "len", 4));
            explain("RANKING", Map.of("basis", "OFFICIAL", "publishedOnly", false, "years", List.of(year),
                    "low", "51", "high", "51:", "code", "disputes.received", "limit", 10));
        });
        queries.forEach((name, query) -> {
            for (int i = 0; i < 20; i++) {
                QuarkusTransaction.requiringNew().run(query);
            }
            long t = System.nanoTime();
            for (int i = 0; i < 50; i++) {
                QuarkusTransaction.requiringNew().run(query);
            }
            LOG.infof("BENCH profile %-30s %.2f ms", name, (System.nanoTime() - t) / 50 / 1e6);
        });
    }

    private void explain(String constant, Map<String, Object> parameters) {
        try {
            var field = TownshipFigureRepository.class.getDeclaredField(constant);
            field.setAccessible(true);
            String sql = ((String) field.get(null)).formatted("desc");
            var query = em.createNativeQuery("explain (analyze, buffers, settings) " + sql);
            parameters.forEach(query::setParameter);
            @SuppressWarnings("unchecked")
            List<Object> plan = query.getResultList();
            LOG.infof("BENCH plan of %s:%n%s", constant, String.join("\n", plan.stream().map(Object::toString).toList()));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private String call(HttpClient http, String token, String path) {
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(base.resolve(path))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + answer.statusCode() + ": " + answer.body());
            }
            return answer.body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record Probe(String name, IntFunction<String> path) {
    }

    // a synthetic register: township n lies in province 41 + n / 1440, city 1 + n / 120 % 12, county 1 + n / 10 % 12
    private static final int PROVINCES = 29;

    private static String province(int i) {
        return Integer.toString(41 + i % PROVINCES);
    }

    private static String city(int i) {
        return String.format(Locale.ROOT, "%02d", 1 + i / PROVINCES % 12);
    }

    private static String county(int i) {
        return String.format(Locale.ROOT, "%02d", 1 + i / (PROVINCES * 12) % 12);
    }

    private void seed(int townships, int years) {
        String township = "(41 + n / 1440)::text || lpad((1 + n / 120 % 12)::text, 2, '0') "
                + "|| lpad((1 + n / 10 % 12)::text, 2, '0') || lpad((1 + n % 10)::text, 3, '0')";
        QuarkusTransaction.requiringNew().timeout(1800).run(() -> {
            em.createNativeQuery("delete from place where code ~ '^[4-6][0-9]' and revision = -1").executeUpdate();
            em.createNativeQuery("insert into place (code, parent_code, level, revision) select distinct c, "
                    + "substr(c, 1, 6), 'TOWNSHIP', -1 from (select " + township + " as c from generate_series(0, :n - 1) n) t "
                    + "on conflict do nothing").setParameter("n", townships).executeUpdate();
            em.createNativeQuery("insert into place (code, parent_code, level, revision) select distinct substr(code, 1, l),"
                    + " null, case l when 2 then 'PROVINCE' when 4 then 'CITY' else 'COUNTY' end, -1 from place, "
                    + "(values (2), (4), (6)) v(l) where revision = -1 and level = 'TOWNSHIP' on conflict do nothing")
                    .executeUpdate();
            em.createNativeQuery("insert into place_name (code, name, revision) select code, '地' || code, -1 "
                    + "from place where revision = -1").executeUpdate();
            // reports: 97 % of townships each year, about 90 % approved, some late or returned
            em.createNativeQuery("insert into report_progress (report_id, township_code, year, first_version, late, "
                    + "latest_version, status, submitted_at, published_at) "
                    + "select gen_random_uuid(), code, y, 1, random() < 0.08, 1, "
                    + "case when r < 0.6 then 'PUBLISHED' when r < 0.9 then 'APPROVED' when r < 0.95 then 'IN_REVIEW' "
                    + "else 'RETURNED' end, now(), case when r < 0.6 then now() end "
                    + "from (select code, y, random() as r from place, generate_series(:from, :to) y "
                    + "where revision = -1 and level = 'TOWNSHIP' and random() < 0.97) t")
                    .setParameter("from", FIRST_YEAR).setParameter("to", FIRST_YEAR + years - 1).executeUpdate();
            for (String basis : List.of("LATEST", "OFFICIAL")) {
                em.createNativeQuery("insert into township_figure (basis, year, code, township_code, report_id, version, "
                        + "value, source, clerk_stated, evidence_start, evidence_end, published) "
                        + "select :basis, p.year, i.code, p.township_code, p.report_id, 1, "
                        + "case i.code when 'disputes.resolved' then floor(received * (0.8 + random() * 0.2)) "
                        + "when 'disputes.received' then received else floor(random() * 2000) end, "
                        + "case when random() < 0.3 then 'ENGINE' else 'CLERK' end, false, 100, 104, "
                        + "p.status = 'PUBLISHED' "
                        + "from (select *, floor(10 + random() * 200) as received from report_progress "
                        + "where township_code ~ '^[4-6][0-9]' and (:basis = 'LATEST' or status in ('APPROVED', 'PUBLISHED'))) p "
                        + "cross join unnest(cast(:codes as varchar[])) as i(code) "
                        + "on conflict do nothing")
                        .setParameter("basis", basis).setParameter("codes", "{" + String.join(",", INDICATORS) + "}")
                        .executeUpdate();
            }
        });
        // what autovacuum does after a bulk load in production: statistics and the visibility map
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            for (String table : List.of("place", "place_name", "report_progress", "township_figure")) {
                statement.execute("vacuum (analyze) " + table);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
