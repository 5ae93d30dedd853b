package cn.fazhi.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The assembled platform, started by the very command the README gives ({@code deploy/platform.sh
 * run}) on ports of its own and a data folder under target/, so it never meets a platform a
 * developer is running.
 */
final class Platform {

    static final int GATEWAY_PORT = 18080;
    static final int KEYCLOAK_PORT = 18180;

    private final Path root;
    private final Path home;
    private final Path log;
    private final Map<String, String> env = new HashMap<>();
    private Process script;
    private final List<Long> pids = new ArrayList<>();

    Platform(Path root) {
        this.root = root;
        this.home = root.resolve("deploy/target/platform-it");
        this.log = root.resolve("deploy/target/platform-it.log");
        env.put("PLATFORM_HOME", home.toString());
        env.put("PLATFORM_SKIP_BUILD", "1");
        env.put("PG_PORT", "15432");
        env.put("KAFKA_PORT", "19092");
        env.put("KAFKA_CONTROLLER_PORT", "19093");
        env.put("KC_PORT", Integer.toString(KEYCLOAK_PORT));
        env.put("KC_MANAGEMENT_PORT", "19000");
        env.put("GATEWAY_PORT", Integer.toString(GATEWAY_PORT));
        env.put("REPORT_PORT", "18081");
        env.put("METRICS_PORT", "18082");
        env.put("REVIEW_PORT", "18083");
        env.put("ANALYSIS_FAILURE_DRILL_MARKER", FaultDrills.ANALYSIS_FAILURE_MARKER);
    }

    String api() {
        return "http://localhost:" + GATEWAY_PORT + "/api/v1";
    }

    String kafka() {
        return "localhost:" + env.get("KAFKA_PORT");
    }

    String keycloak() {
        return "http://localhost:" + KEYCLOAK_PORT;
    }

    /** A connection to one of the platform's databases: report, metrics or review. */
    java.sql.Connection database(String name) throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection("jdbc:postgresql://localhost:" + env.get("PG_PORT") + "/" + name,
                "fazhi", "fazhi");
    }

    /** A demo user's access token: the password grant on the realm's fazhi-cli client (demo users only). */
    String token(String user) {
        return io.restassured.RestAssured.given().contentType(io.restassured.http.ContentType.URLENC)
                .formParam("grant_type", "password").formParam("client_id", "fazhi-cli")
                .formParam("username", user).formParam("password", "demo")
                .when().post(keycloak() + "/realms/fazhi/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    Path root() {
        return root;
    }

    Map<String, String> env() {
        return Map.copyOf(env);
    }

    void start(Duration atMost) throws IOException, InterruptedException {
        deleteRecursively(home);
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder("bash", root.resolve("deploy/platform.sh").toString(), "run")
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(env);
        script = builder.start();
        Instant deadline = Instant.now().plus(atMost);
        while (!output().contains("[platform] platform ready")) {
            if (!script.isAlive()) {
                throw new IllegalStateException("platform.sh exited " + script.exitValue() + ":\n" + output());
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("platform not ready after " + atMost + ":\n" + output());
            }
            Thread.sleep(1000);
        }
        try (Stream<Path> files = Files.list(home.resolve("run"))) {
            files.forEach(file -> pids.add(Long.parseLong(read(file).trim())));
        }
    }

    /**
     * Ctrl-C, as a person at the terminal would press it; returns the script's exit code. Where
     * this JVM was started with SIGINT ignored (a background job of a non-interactive shell), bash
     * cannot trap it, so the script's other stop signal, TERM, is sent instead.
     */
    int interrupt(Duration atMost) throws IOException, InterruptedException {
        String signal = sigintIgnored() ? "-TERM" : "-INT";
        new ProcessBuilder("kill", signal, Long.toString(script.pid())).inheritIO().start().waitFor();
        if (!script.waitFor(atMost.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)) {
            script.destroyForcibly();
            throw new IllegalStateException("platform.sh did not stop within " + atMost);
        }
        return script.exitValue();
    }

    private static boolean sigintIgnored() {
        return read(Path.of("/proc/self/status")).lines()
                .filter(line -> line.startsWith("SigIgn:"))
                .map(line -> Long.parseUnsignedLong(line.substring(7).trim(), 16))
                .anyMatch(mask -> (mask & (1L << 1)) != 0);
    }

    /** The processes the platform started that still run: none after a clean stop. */
    List<Long> leftovers() {
        List<Long> alive = new ArrayList<>(pids.stream().filter(pid -> ProcessHandle.of(pid).isPresent()).toList());
        try (Stream<Path> files = Files.walk(home)) {
            files.filter(file -> file.getFileName().toString().equals("postmaster.pid"))
                    .forEach(file -> alive.add(Long.parseLong(read(file).lines().findFirst().orElse("0").trim())));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return alive;
    }

    /**
     * Runs {@code deploy/platform.sh <command>} against this platform, e.g. stop-kafka or
     * kill-service metrics-service; a service it starts is stopped by Ctrl-C like the others.
     */
    void control(String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of("bash", root.resolve("deploy/platform.sh").toString()));
        line.addAll(List.of(command));
        ProcessBuilder builder = new ProcessBuilder(line)
                .directory(root.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("platform.sh " + String.join(" ", command) + " failed:\n" + out);
        }
        try (Stream<Path> files = Files.list(home.resolve("run"))) {
            files.forEach(file -> {
                long pid = Long.parseLong(read(file).trim());
                if (!pids.contains(pid)) {
                    pids.add(pid);
                }
            });
        }
    }

    /** What a component logged so far (deploy/platform.sh writes logs/NAME.log). */
    String log(String name) {
        return read(home.resolve("logs").resolve(name + ".log"));
    }

    String output() {
        return read(log);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
