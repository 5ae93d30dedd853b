package cn.fazhi.deploy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.awaitility.Awaitility;

/**
 * Bursts of submissions through the gateway while something fails underneath, and the proof that
 * afterwards nothing was lost, nothing repeated, nothing stuck and no valid event dead-lettered.
 * Each submission is one a careful client makes: it carries an Idempotency-Key and is sent again
 * after a 503 (Retry-After), so a client never has to guess whether its report was stored.
 */
final class FaultDrills {

    /** Set on metrics-service by the platform under test (deploy/platform.sh passes it on). */
    static final String ANALYSIS_FAILURE_MARKER = "【故障演练：分析失败】";

    private final Platform platform;
    private final String admin;

    FaultDrills(Platform platform, String adminToken) {
        this.platform = platform;
        this.admin = adminToken;
    }

    /** What happened to one burst: the reports accepted and every status the clients saw. */
    record Burst(List<String> reportIds, List<Integer> statuses) {
    }

    /**
     * Submits {@code count} reports for townships {@code prefix + 00..}, from 4 clients, running
     * {@code fault} after the first third; each client retries a 503 with the same Idempotency-Key.
     */
    Burst burst(String prefix, int count, String label, ThrowingRunnable fault) throws Exception {
        List<String> ids = Collections.synchronizedList(new ArrayList<>());
        List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String township = prefix + String.format("%02d", i);
                int figure = i + 1;
                sent.add(clients.submit(() -> ids.add(submit(township, label, figure, statuses))));
                if (i == count / 3) {
                    fault.run();
                }
            }
            for (Future<?> future : sent) {
                future.get();
            }
        } finally {
            clients.shutdownNow();
        }
        return new Burst(List.copyOf(ids), List.copyOf(statuses));
    }

    private String submit(String township, String label, int figure, List<Integer> statuses) {
        String key = UUID.randomUUID().toString();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (true) {
            Response answer = given().auth().oauth2(admin).contentType(ContentType.JSON).header("Idempotency-Key", key)
                    .body(Map.of("townshipCode", township, "year", 2024, "title", label,
                            "text", "一、主要工作\n调解各类矛盾纠纷" + figure + "起。"))
                    .when().post(platform.api() + "/reports");
            statuses.add(answer.statusCode());
            if (answer.statusCode() == 201) {
                return answer.path("id");
            }
            if (answer.statusCode() != 503 || answer.header("Retry-After") == null || Instant.now().isAfter(deadline)) {
                throw new AssertionError("submission for " + township + " answered " + answer.statusCode() + " "
                        + answer.asString());
            }
            pause(Duration.ofMillis(500));
        }
    }

    /**
     * Every accepted report analyzed (the figure it states read back) and in review, exactly one case
     * per township, and none of them in a dead letter.
     */
    void assertEachAnalyzedAndInReviewOnce(String prefix, Burst burst) {
        Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).until(() ->
                burst.reportIds().stream().allMatch(id -> status("/reports/" + id + "/versions/1/review") == 200
                        && status("/reports/" + id + "/analysis") == 200
                        && "OPEN".equals(given().auth().oauth2(admin).when()
                                .get(platform.api() + "/reports/" + id + "/versions/1/review").then().extract().path("status"))));
        for (int i = 0; i < burst.reportIds().size(); i++) {
            String township = prefix + String.format("%02d", i);
            int cases = given().auth().oauth2(admin).when().get(platform.api() + "/reviews?township=" + township)
                    .then().statusCode(200).extract().path("total");
            assertEquals(1, cases, "review cases of " + township);
            int reports = given().auth().oauth2(admin).when().get(platform.api() + "/reports?township=" + township)
                    .then().statusCode(200).extract().path("total");
            assertEquals(1, reports, "reports of " + township);
        }
        assertNoValidEventDeadLettered(burst.reportIds());
    }

    void assertNoValidEventDeadLettered(List<String> reportIds) {
        List<String> subjects = given().auth().oauth2(admin).queryParam("size", 100)
                .when().get(platform.api() + "/admin/dead-letters").then().statusCode(200).extract().path("items.subject");
        List<String> ours = subjects.stream().filter(reportIds::contains).toList();
        assertEquals(List.of(), ours, "valid events in a dead letter");
    }

    static void assertOnly201And503(Burst burst) {
        assertTrue(burst.statuses().stream().allMatch(s -> s == 201 || s == 503),
                "a client saw something other than 201 or 503: " + burst.statuses());
    }

    private int status(String path) {
        return given().auth().oauth2(admin).when().get(platform.api() + path).then().extract().statusCode();
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
