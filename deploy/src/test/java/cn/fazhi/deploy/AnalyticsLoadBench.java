package cn.fazhi.deploy;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The indicator analytics at national scale, through the gateway (bench profile only, never in
 * verify). Starts the assembled platform, seeds the national dataset with the project's own tool
 * ({@code deploy/platform.sh seed-national}: every township of the register × 5 years, in the three
 * databases, read by the engine through the platform's re-analysis), then drives the gateway with
 * wrk (Debian's package, {@code deploy/bench/ensure-wrk.sh}) over the register's real provinces,
 * cities and counties, each scenario for {@code bench.seconds} with {@code bench.connections}
 * keep-alive connections: totals with breakdowns and rankings (the dashboards' reads) with and without
 * approvals landing meanwhile, trends, completeness; then the national CSV export of one indicator.
 * Bounded: localhost only, a fixed time per scenario.
 *
 * <pre>./mvnw -B -Pbench verify -pl report-service,metrics-service,review-service,gateway,deploy -am \
 *     -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=AnalyticsLoadBench \
 *     [-Dbench.seconds=30 -Dbench.connections=16 -Dbench.changes=5]</pre>
 */
class AnalyticsLoadBench {

    private static final int FIRST = 2019;
    private static final int LAST = 2023;
    private static final String INDICATORS = "indicator=disputes.received&indicator=disputes.resolution_rate";

    private static Platform platform;

    @BeforeAll
    static void start() throws Exception {
        platform = new Platform(Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize());
        run(List.of("bash", platform.root().resolve("deploy/bench/ensure-wrk.sh").toString()), Duration.ofMinutes(5));
        platform.start(Duration.ofMinutes(6));
    }

    @AfterAll
    static void stop() throws Exception {
        if (platform != null) {
            platform.interrupt(Duration.ofMinutes(2));
        }
    }

    @Test
    void theDashboardsReadsOfANationalDatasetThroughTheGateway() throws Exception {
        long seeding = System.nanoTime();
        String seeded = run(List.of("bash", platform.root().resolve("deploy/platform.sh").toString(), "seed-national",
                Integer.toString(FIRST), Integer.toString(LAST)), Duration.ofMinutes(30));
        log("seeded the national dataset in %.0f s:%n%s", (System.nanoTime() - seeding) / 1e9, seeded.strip());

        List<String> provinces = codes("PROVINCE");
        List<String> cities = codes("CITY");
        List<String> counties = codes("COUNTY");
        log("register: %d provinces, %d cities, %d counties", provinces.size(), cities.size(), counties.size());
        // the dataset is what the analytics read: a province recomputed from the analyses agrees with its figures
        String consistency = given().auth().oauth2(platform.token("province-admin")).queryParam("region", "32").queryParam("year", LAST)
                .when().get(platform.api() + "/admin/analytics/consistency")
                .then().statusCode(200).extract().asString();
        log("consistency of 江苏省 %d: %s", LAST, consistency);
        if (!consistency.contains("\"consistent\":true") || consistency.contains("\"kept\":0,")) {
            throw new IllegalStateException("the seeded figures are not what the analytics read: " + consistency);
        }
        Path dashboards = paths("dashboards",
                kind(provinces, c -> "/api/v1/analytics/regions/" + c + "/totals?" + INDICATORS + "&year=" + LAST),
                kind(cities, c -> "/api/v1/analytics/regions/" + c + "/totals?" + INDICATORS + "&year=" + LAST),
                kind(counties, c -> "/api/v1/analytics/regions/" + c + "/totals?" + INDICATORS + "&year=" + LAST),
                kind(provinces, c -> "/api/v1/analytics/regions/" + c + "/rankings?indicator=disputes.received&year=" + LAST),
                kind(cities, c -> "/api/v1/analytics/regions/" + c + "/rankings?indicator=disputes.received&year=" + LAST));
        Path trends = paths("trends",
                kind(cities, c -> "/api/v1/analytics/regions/" + c + "/trends?indicator=disputes.received&from=" + FIRST
                        + "&to=" + LAST),
                kind(counties, c -> "/api/v1/analytics/regions/" + c + "/trends?indicator=disputes.resolution_rate&from="
                        + FIRST + "&to=" + LAST));
        Path completeness = paths("completeness",
                kind(provinces, c -> "/api/v1/analytics/regions/" + c + "/completeness?year=" + LAST),
                kind(cities, c -> "/api/v1/analytics/regions/" + c + "/completeness?year=" + LAST));

        int changes = Integer.getInteger("bench.changes", 5);
        wrk("warm-up (not measured)", dashboards, 0, Integer.getInteger("bench.warmup-seconds", 30));
        wrk("totals, breakdowns and rankings", dashboards, 0, seconds());
        wrk("totals, breakdowns and rankings, " + changes + " approvals/s landing", dashboards, changes, seconds());
        wrk("trends over 5 years", trends, 0, seconds());
        wrk("campaign completeness", completeness, 0, seconds());
        exportNationally(provinces);
    }

    private static int seconds() {
        return Integer.getInteger("bench.seconds", 30);
    }

    private static void wrk(String scenario, Path paths, int changesPerSecond, int seconds) throws Exception {
        java.util.concurrent.atomic.AtomicReference<Throwable> changerFailed = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicInteger approved = new java.util.concurrent.atomic.AtomicInteger();
        Thread changer = new Thread(() -> approvals(changesPerSecond, seconds, approved), "bench-approvals");
        changer.setUncaughtExceptionHandler((thread, failure) -> changerFailed.set(failure));
        changer.start();
        int connections = Integer.getInteger("bench.connections", 16);
        ProcessBuilder builder = new ProcessBuilder("wrk", "-t2", "-c" + connections, "-d" + seconds + "s", "--latency",
                "--timeout", "10s", "-s", platform.root().resolve("deploy/bench/paths.lua").toString(),
                "http://localhost:" + Platform.GATEWAY_PORT).redirectErrorStream(true);
        builder.environment().put("PATHS", paths.toString());
        builder.environment().put("TOKEN", platform.token("province-admin"));
        String out = finish(builder, Duration.ofSeconds(seconds + 60L));
        changer.join();
        log("%s — %d connections, %d s:%n%s", scenario, connections, seconds, out.strip());
        if (changerFailed.get() != null) {
            throw new IllegalStateException(scenario + ": the approvals did not land", changerFailed.get());
        }
        if (changesPerSecond > 0 && approved.get() < changesPerSecond * seconds / 2) {
            throw new IllegalStateException(scenario + ": only " + approved.get() + " approvals landed");
        }
        Matcher refused = Pattern.compile("Non-2xx or 3xx responses: (\\d+)").matcher(out);
        if (refused.find() || out.contains("Socket errors") || !out.contains("Requests/sec:")
                || Double.parseDouble(find(out, "Requests/sec:\\s+([\\d.]+)")) <= 0) {
            throw new IllegalStateException(scenario + ": wrk met errors or made no request:\n" + out);
        }
        log("SUMMARY %s: %s requests/s, p50 %s, p99 %s", scenario, find(out, "Requests/sec:\\s+([\\d.]+)"),
                find(out, "\\s50%\\s+(\\S+)"), find(out, "\\s99%\\s+(\\S+)"));
    }

    /** Approvals landing somewhere in the country: each moves the change counter of its province, as AnalyticsUpkeep does. */
    private static void approvals(int perSecond, int seconds, java.util.concurrent.atomic.AtomicInteger approved) {
        if (perSecond <= 0) {
            return;
        }
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        try (Connection db = platform.database("metrics"); PreparedStatement provinces = db.prepareStatement(
                "select distinct province from analytics_generation where province <> '00'");
                PreparedStatement move = db.prepareStatement("update analytics_generation set generation = generation + 1 "
                        + "where province = ? and year = ?")) {
            List<String> codes = new ArrayList<>();
            try (ResultSet rows = provinces.executeQuery()) {
                while (rows.next()) {
                    codes.add(rows.getString(1));
                }
            }
            while (System.nanoTime() < until) {
                move.setString(1, codes.get(ThreadLocalRandom.current().nextInt(codes.size())));
                move.setInt(2, LAST);
                approved.addAndGet(move.executeUpdate());
                Thread.sleep(1000 / perSecond);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One indicator and year for the whole country, as CSV: every province's export, one after another. */
    private static void exportNationally(List<String> provinces) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String token = platform.token("province-admin");
        long started = System.nanoTime();
        long bytes = 0;
        long lines = 0;
        for (String province : provinces) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(platform.api()
                    + "/analytics/regions/" + province + "/figures/export?indicator=disputes.received&year=" + LAST
                    + "&format=csv")).header("Authorization", "Bearer " + token).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("export of " + province + ": " + answer.statusCode() + " " + answer.body());
            }
            bytes += answer.body().getBytes(StandardCharsets.UTF_8).length;
            lines += answer.body().lines().count() - 1;
        }
        log("SUMMARY national CSV export of disputes.received %d: %d provinces one after another, %d townships, "
                + "%.1f MB in %.2f s", LAST, provinces.size(), lines, bytes / 1e6, (System.nanoTime() - started) / 1e9);
    }

    private record Kind(List<String> paths) {
    }

    private static Kind kind(List<String> codes, java.util.function.Function<String, String> path) {
        return new Kind(codes.stream().map(path).toList());
    }

    private static Path paths(String name, Kind... kinds) throws IOException {
        StringBuilder text = new StringBuilder();
        for (Kind kind : kinds) {
            text.append("# kind\n");
            kind.paths().forEach(p -> text.append(p).append('\n'));
        }
        Path file = platform.root().resolve("deploy/target/bench-" + name + ".txt");
        Files.writeString(file, text);
        return file;
    }

    /** The register's current regions of a level that have townships under them in the dataset. */
    private static List<String> codes(String level) throws SQLException {
        List<String> codes = new ArrayList<>();
        int length = switch (level) {
            case "PROVINCE" -> 2;
            case "CITY" -> 4;
            default -> 6;
        };
        try (Connection db = platform.database("metrics"); PreparedStatement query = db.prepareStatement(
                "select code from place where level = ? and valid_until is null and code in ("
                        + "select distinct substr(township_code, 1, ?) from report_progress where year = ?) order by code")) {
            query.setString(1, level);
            query.setInt(2, length);
            query.setInt(3, LAST);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    codes.add(rows.getString(1));
                }
            }
        }
        return codes;
    }



    private static String run(List<String> command, Duration atMost) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command);
        if (platform != null) {
            builder.environment().putAll(platform.env());
        }
        return finish(builder, atMost);
    }

    /** Runs a command to its end within a time, its output (both streams) through a file; non-zero exit: a failure. */
    private static String finish(ProcessBuilder builder, Duration atMost) throws IOException, InterruptedException {
        Path output = Files.createTempFile("bench-", ".log");
        try {
            Process process = builder.redirectErrorStream(true).redirectOutput(output.toFile()).start();
            boolean ended = process.waitFor(atMost.toSeconds(), TimeUnit.SECONDS);
            if (!ended) {
                process.destroyForcibly();
            }
            String out = Files.readString(output, StandardCharsets.UTF_8);
            if (!ended || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", builder.command())
                        + (ended ? " exited " + process.exitValue() : " did not end within " + atMost) + ":\n" + out);
            }
            return out;
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static String find(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        return matcher.find() ? matcher.group(1) : "?";
    }

    private static void log(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[bench] " + format + "%n", args);
    }
}
