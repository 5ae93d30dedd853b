package cn.fazhi.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The platform's bad-input corpus ({@code bad-input/*.json} on the class path): requests that must
 * each get a 4xx problem+json in Chinese and change nothing. Plain Java and the JDK's HTTP client,
 * so a service's own test and an acceptance test through the gateway run the same cases; each
 * brings only a base URL, tokens for a role and place, and the placeholders it set up.
 */
public final class BadInputCorpus {

    /** The corpus files, one per service. */
    public static final List<String> FILES = List.of("bad-input/report-service.json",
            "bad-input/review-service.json", "bad-input/metrics-service.json");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private BadInputCorpus() {
    }

    /** Every case of the corpus. */
    public static List<BadInputCase> cases() {
        List<BadInputCase> all = new ArrayList<>();
        for (String file : FILES) {
            all.addAll(read(file));
        }
        Set<String> names = new HashSet<>();
        for (BadInputCase c : all) {
            if (!names.add(c.service() + "/" + c.name())) {
                throw new IllegalStateException("two cases are named " + c);
            }
        }
        return all;
    }

    /** The cases one service answers. */
    public static List<BadInputCase> cases(String service) {
        return cases().stream().filter(c -> c.service().equals(service)).toList();
    }

    private static List<BadInputCase> read(String file) {
        try (InputStream in = BadInputCorpus.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is not on the class path");
            }
            return List.of(JSON.readValue(in, BadInputCase[].class));
        } catch (IOException e) {
            throw new UncheckedIOException(file, e);
        }
    }

    /** Sends one case to {@code base} (the service's or the gateway's root) as the caller holding {@code token}. */
    public static HttpResponse<String> send(BadInputCase c, URI base, String token, Map<String, String> placeholders)
            throws IOException, InterruptedException {
        String path = fill(c.path(), placeholders);
        String query = c.query() == null ? "" : c.query();
        if (c.longQuery() > 0) {
            query += (query.isEmpty() ? "" : "&") + "padding=" + "a".repeat(c.longQuery());
        }
        String target = base.toString().replaceFirst("/$", "") + path + (query.isEmpty() ? "" : "?" + query);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        c.headers().forEach(request::header);
        if (c.bigHeader() != null) {
            request.header(c.bigHeader().name(), "a".repeat(c.bigHeader().bytes()));
        }
        byte[] body = body(c, placeholders);
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : c.chunked() ? HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofByteArray(body))
                : HttpRequest.BodyPublishers.ofByteArray(body);
        request.method(c.method(), publisher);
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * Whether the answer is the refusal the case expects: its status, problem+json with a
     * {@code type}, a Chinese {@code title} and the same {@code status}, naming the field if the
     * case says which. Returns what is wrong, or {@code null}.
     */
    public static String mismatch(BadInputCase c, HttpResponse<String> answer) {
        String seen = answer.statusCode() + " " + answer.headers().firstValue("Content-Type").orElse("(no Content-Type)")
                + " " + abbreviate(answer.body());
        if (answer.statusCode() != c.status()) {
            return "expected " + c.status() + ", got " + seen;
        }
        if (!answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            return "not problem+json: " + seen;
        }
        JsonNode problem;
        try {
            problem = JSON.readTree(answer.body());
        } catch (IOException e) {
            return "body is not JSON: " + seen;
        }
        if (!problem.path("type").isTextual() || problem.path("type").asText().isBlank()) {
            return "no type: " + seen;
        }
        if (!problem.path("title").isTextual() || !CHINESE.matcher(problem.path("title").asText()).find()) {
            return "no Chinese title: " + seen;
        }
        if (problem.path("status").asInt() != c.status()) {
            return "status in the body differs: " + seen;
        }
        if (c.field() != null) {
            boolean named = false;
            for (JsonNode error : problem.path("errors")) {
                named |= c.field().equals(error.path("field").asText());
            }
            if (!named) {
                return "does not name " + c.field() + ": " + seen;
            }
        }
        return null;
    }

    private static byte[] body(BadInputCase c, Map<String, String> placeholders) {
        if (c.bodyBase64() != null) {
            return Base64.getDecoder().decode(c.bodyBase64());
        }
        if (c.repeat() != null) {
            BadInputCase.Repeat r = c.repeat();
            return (nullToEmpty(r.prefix()) + r.unit().repeat(r.times()) + nullToEmpty(r.suffix()))
                    .getBytes(StandardCharsets.UTF_8);
        }
        return c.body() == null ? null : fill(c.body(), placeholders).getBytes(StandardCharsets.UTF_8);
    }

    private static String fill(String template, Map<String, String> placeholders) {
        String filled = template;
        for (Map.Entry<String, String> placeholder : placeholders.entrySet()) {
            filled = filled.replace("{" + placeholder.getKey() + "}", placeholder.getValue());
        }
        return filled;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 400 ? body.substring(0, 400) + "…" : body;
    }
}
