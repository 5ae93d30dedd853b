package cn.fazhi.deploy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pipeline under load (bench profile only, never in verify): submissions through the gateway
 * at a fixed rate for a fixed time (open model: a slow platform does not slow the clients down),
 * then, from the databases' own timestamps, how long each report took from its submission to a
 * readable analysis and to an open review case, and whether that delay grew during the run (a
 * growing backlog). Bounded: localhost, {@code bench.rate} × {@code bench.seconds} submissions,
 * at most {@code bench.in-flight} at once.
 *
 * <pre>./mvnw -B -Pbench verify -pl report-service,metrics-service,review-service,gateway,deploy -am \
 *     -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false [-Dbench.rate=100 -Dbench.seconds=60]</pre>
 */
class PipelineLoadBench {

    private static Platform platform;

    @BeforeAll
    static void start() throws Exception {
        platform = new Platform(Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize());
        platform.start(Duration.ofMinutes(6));
    }

    @AfterAll
    static void stop() throws Exception {
        if (platform != null) {
            platform.interrupt(Duration.ofMinutes(2));
        }
    }

    @Test
    void submissionsAtAFixedRateAreAnalyzedAndOpenedForReviewWithoutABacklog() throws Exception {
        int rate = Integer.getInteger("bench.rate", 100);
        int seconds = Integer.getInteger("bench.seconds", 60);
        int inFlight = Integer.getInteger("bench.in-flight", 64);
        String token = platform.token("province-admin");
        // Warm-up, not measured: JVMs that just started spend the first minute compiling.
        load(token, "328", Integer.getInteger("bench.warmup-rate", 20), Integer.getInteger("bench.warmup-seconds", 30), inFlight);
        Thread.sleep(10_000);
        load(token, "329", rate, seconds, inFlight);
        awaitPipeline(Duration.ofMinutes(5));
        report();
    }

    private static void load(String token, String prefix, int rate, int seconds, int inFlight) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Semaphore slots = new Semaphore(inFlight);
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        List<CompletableFuture<?>> sent = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        int total = rate * seconds;
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        Instant began = Instant.now();
        long periodNanos = 1_000_000_000L / rate;
        var ticking = clock.scheduleAtFixedRate(() -> {
            int i = next.getAndIncrement();
            if (i >= total) {
                return;
            }
            if (!slots.tryAcquire()) {
                refused.incrementAndGet();
                return;
            }
            // One township a submission: codes under 32 (the admin's province) that no other test uses.
            String township = String.format(Locale.ROOT, prefix + "%06d", i);
            String body = "{\"townshipCode\":\"" + township + "\",\"year\":2024,\"title\":\"压测报告\",\"text\":\""
                    + "一、主要工作\\n全年调解各类矛盾纠纷" + (i % 300 + 1) + "起，化解率100%。\\n二、存在的不足和原因\\n基层力量不足。\"}";
            long t0 = System.nanoTime();
            sent.add(http.sendAsync(HttpRequest.newBuilder(URI.create(platform.api() + "/reports"))
                            .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                            .timeout(Duration.ofSeconds(30))
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding())
                    .whenComplete((answer, failure) -> {
                        slots.release();
                        statuses.computeIfAbsent(failure == null ? answer.statusCode() : -1, s -> new AtomicInteger())
                                .incrementAndGet();
                        latencies.add((System.nanoTime() - t0) / 1_000_000);
                    }));
        }, 0, periodNanos, TimeUnit.NANOSECONDS);
        while (next.get() < total) {
            Thread.sleep(100);
        }
        ticking.cancel(false);
        clock.shutdown();
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        double sendSeconds = Duration.between(began, Instant.now()).toMillis() / 1000.0;
        System.out.printf(Locale.ROOT, "%n[bench] %s: %d submissions offered at %d/s over %.1f s; answers %s; "
                + "not sent (client at %d in flight) %d; submission p50 %d ms p99 %d ms%n", prefix.equals("329") ? "measured"
                : "warm-up", total, rate, sendSeconds, statuses, inFlight, refused.get(), percentile(latencies, 50),
                percentile(latencies, 99));
    }

    /** Waits until every stored submission has an open review case (or the time is up). */
    private static void awaitPipeline(Duration atMost) throws Exception {
        Instant deadline = Instant.now().plus(atMost);
        long open = 0;
        while (Instant.now().isBefore(deadline)) {
            open = single("review", "select count(*) from review_case where township_code like '329%' and status = 'OPEN'");
            long stored = single("report", "select count(*) from report where township_code like '329%'");
            if (open >= stored && stored > 0) {
                break;
            }
            Thread.sleep(1000);
        }
        System.out.printf("[bench] open review cases: %d%n", open);
    }

    private static void report() throws Exception {
        Map<String, Instant> submitted = times("report",
                "select report_id::text, submitted_at from report_version v join report r on r.id = v.report_id "
                        + "where r.township_code like '329%'");
        Map<String, Instant> analyzed = times("metrics",
                "select report_id::text, analyzed_at from analysis where township_code like '329%'");
        Map<String, Instant> opened = times("review",
                "select report_id::text, greatest(opened_at, analyzed_at) from review_case "
                        + "where township_code like '329%' and status = 'OPEN'");
        List<Map.Entry<String, Instant>> bySubmission = new ArrayList<>(submitted.entrySet());
        bySubmission.sort(Map.Entry.comparingByValue());
        List<Long> toAnalysis = new ArrayList<>();
        List<Long> toCase = new ArrayList<>();
        List<Long> firstTenth = new ArrayList<>();
        List<Long> lastTenth = new ArrayList<>();
        for (int i = 0; i < bySubmission.size(); i++) {
            var entry = bySubmission.get(i);
            Instant a = analyzed.get(entry.getKey());
            Instant c = opened.get(entry.getKey());
            if (a != null) {
                long ms = Duration.between(entry.getValue(), a).toMillis();
                toAnalysis.add(ms);
                if (i < bySubmission.size() / 10) {
                    firstTenth.add(ms);
                } else if (i >= bySubmission.size() - bySubmission.size() / 10) {
                    lastTenth.add(ms);
                }
            }
            if (c != null) {
                toCase.add(Duration.between(entry.getValue(), c).toMillis());
            }
        }
        Instant first = bySubmission.isEmpty() ? Instant.now() : bySubmission.get(0).getValue();
        Instant last = bySubmission.isEmpty() ? Instant.now() : bySubmission.get(bySubmission.size() - 1).getValue();
        System.out.printf(Locale.ROOT, "[bench] stored %d submissions in %.1f s (%.1f/s)%n", bySubmission.size(),
                Duration.between(first, last).toMillis() / 1000.0,
                bySubmission.size() / Math.max(0.001, Duration.between(first, last).toMillis() / 1000.0));
        System.out.printf(Locale.ROOT, "[bench] submission → analysis: %d analyzed, p50 %d ms, p99 %d ms, max %d ms%n",
                toAnalysis.size(), percentile(toAnalysis, 50), percentile(toAnalysis, 99), percentile(toAnalysis, 100));
        System.out.printf(Locale.ROOT, "[bench] submission → open review case: %d open, p50 %d ms, p99 %d ms, max %d ms%n",
                toCase.size(), percentile(toCase, 50), percentile(toCase, 99), percentile(toCase, 100));
        System.out.printf(Locale.ROOT, "[bench] backlog: p50 to analysis in the first tenth %d ms, in the last tenth %d ms%n",
                percentile(firstTenth, 50), percentile(lastTenth, 50));
    }

    private static long percentile(List<Long> values, int p) {
        if (values.isEmpty()) {
            return -1;
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }


    private static long single(String db, String sql) throws SQLException {
        try (Connection c = platform.database(db); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static Map<String, Instant> times(String db, String sql) throws SQLException {
        Map<String, Instant> times = new ConcurrentHashMap<>();
        try (Connection c = platform.database(db); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                times.put(r.getString(1), r.getTimestamp(2).toInstant());
            }
        }
        return times;
    }

}
