package cn.fazhi.deploy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every operation of the public API × every role, each role as a caller inside and outside the
 * target's place, and without a token. The operations come from the gateway's own OpenAPI
 * document, so an endpoint added without a rule here fails the build.
 *
 * <p>The target is the published version 2 of a report of 包场镇 (320614108), so that an allowed
 * mutation meets a business rule (409) instead of changing anything, and a portal may read it.
 */
final class AuthorizationMatrix {

    /** How scope shows on an operation: an item outside the caller's place is 403, a list just leaves it out. */
    enum Kind { ITEM, LIST, UNSCOPED }

    record Rule(Set<String> roles, Kind kind, Map<String, Object> body) {
    }

    static final Set<String> ALL = Set.of("reporter", "reviewer", "viewer", "admin", "portal");
    static final Set<String> READERS = Set.of("reporter", "reviewer", "viewer", "admin");

    /** Rules by "METHOD path" exactly as the OpenAPI document writes them. */
    static Map<String, Rule> rules(int campaignYear) {
        Map<String, Rule> rules = new LinkedHashMap<>();
        Map<String, Object> report = Map.of("townshipCode", "320614108", "year", 2022, "title", "t", "text", "正文");
        Map<String, Object> campaign = Map.of("year", campaignYear, "deadline", "2030-03-31T23:59:59+08:00",
                "approvalChain", List.of("COUNTY", "PROVINCE"));
        rules.put("GET /api/v1/reports", new Rule(ALL, Kind.LIST, null));
        rules.put("POST /api/v1/reports", new Rule(Set.of("reporter", "portal", "admin"), Kind.ITEM, report));
        rules.put("GET /api/v1/reports/{id}", new Rule(ALL, Kind.ITEM, null));
        rules.put("POST /api/v1/reports/{id}/versions", new Rule(Set.of("reporter", "portal", "admin"), Kind.ITEM,
                Map.of("title", "t", "text", "正文")));
        // a filed document too short to be a report: an allowed caller meets 422 and nothing is stored
        Map<String, Object> file = Map.of("file", "正文", "townshipCode", "320614108", "year", 2022);
        rules.put("POST /api/v1/reports/files", new Rule(Set.of("reporter", "portal", "admin"), Kind.ITEM, file));
        rules.put("POST /api/v1/reports/{id}/versions/files", new Rule(Set.of("reporter", "portal", "admin"), Kind.ITEM,
                Map.of("file", "正文")));
        rules.put("GET /api/v1/reports/{id}/versions/{number}/file", new Rule(ALL, Kind.ITEM, null));
        rules.put("POST /api/v1/analysis/files", new Rule(ALL, Kind.UNSCOPED, Map.of("file", "正文")));
        rules.put("GET /api/v1/reports/{id}/diff", new Rule(READERS, Kind.ITEM, null));
        rules.put("GET /api/v1/reports/{id}/versions/{number}", new Rule(ALL, Kind.ITEM, null));
        rules.put("GET /api/v1/reports/{id}/analysis", new Rule(ALL, Kind.ITEM, null));
        rules.put("GET /api/v1/reports/{id}/versions/{number}/analysis", new Rule(ALL, Kind.ITEM, null));
        rules.put("GET /api/v1/reports/{id}/versions/{number}/figures", new Rule(ALL, Kind.ITEM, null));
        // the target version is approved: the township's own clerk meets 409, nobody else gets that far
        rules.put("PUT /api/v1/reports/{id}/versions/{number}/figures/{indicator}", new Rule(Set.of("reporter"), Kind.ITEM,
                Map.of("action", "CONFIRMED")));
        rules.put("GET /api/v1/reports/{id}/versions/{number}/review", new Rule(READERS, Kind.ITEM, null));
        rules.put("GET /api/v1/reports/{id}/history", new Rule(READERS, Kind.ITEM, null));
        rules.put("GET /api/v1/reviews", new Rule(READERS, Kind.LIST, null));
        rules.put("GET /api/v1/reviews/{id}", new Rule(READERS, Kind.ITEM, null));
        rules.put("POST /api/v1/reviews/{id}/comments", new Rule(Set.of("reviewer", "admin"), Kind.ITEM, Map.of("text", "意见")));
        rules.put("GET /api/v1/reviews/{id}/comments", new Rule(READERS, Kind.ITEM, null));
        rules.put("POST /api/v1/reviews/{id}/return", new Rule(Set.of("reviewer", "admin"), Kind.ITEM, Map.of()));
        rules.put("POST /api/v1/reviews/{id}/approve", new Rule(Set.of("reviewer", "admin"), Kind.ITEM, Map.of()));
        rules.put("POST /api/v1/reviews/{id}/publish", new Rule(Set.of("admin"), Kind.ITEM, null));
        rules.put("POST /api/v1/analysis", new Rule(ALL, Kind.UNSCOPED, Map.of("text", "调解纠纷46起。")));
        rules.put("GET /api/v1/indicators/catalog", new Rule(ALL, Kind.UNSCOPED, null));
        rules.put("POST /api/v1/campaigns", new Rule(Set.of("admin"), Kind.UNSCOPED, campaign));
        rules.put("GET /api/v1/campaigns", new Rule(ALL, Kind.UNSCOPED, null));
        rules.put("GET /api/v1/campaigns/{year}", new Rule(ALL, Kind.UNSCOPED, null));
        rules.put("PUT /api/v1/campaigns/{year}", new Rule(Set.of("admin"), Kind.UNSCOPED, campaign));
        rules.put("PUT /api/v1/places", new Rule(Set.of("admin"), Kind.UNSCOPED, Map.of("csv",
                "code,name,parent,level\n32,江苏省,,PROVINCE\n3206,南通市,32,CITY\n")));
        rules.put("GET /api/v1/places", new Rule(ALL, Kind.UNSCOPED, null));
        rules.put("GET /api/v1/places/{code}", new Rule(ALL, Kind.UNSCOPED, null));
        rules.put("POST /api/v1/places/amendments", new Rule(Set.of("admin"), Kind.UNSCOPED, Map.of("kind", "RENAME",
                "code", "3206", "name", "南通市", "effectiveFrom", "2030-01-01")));
        rules.put("GET /api/v1/places/amendments", new Rule(ALL, Kind.UNSCOPED, null));
        rules.put("GET /api/v1/places/{code}/amendments", new Rule(ALL, Kind.UNSCOPED, null));
        Set<String> admin = Set.of("admin");
        rules.put("GET /api/v1/admin/dead-letters", new Rule(admin, Kind.UNSCOPED, null));
        rules.put("GET /api/v1/admin/dead-letters/{id}", new Rule(admin, Kind.UNSCOPED, null));
        rules.put("POST /api/v1/admin/dead-letters/{id}/replay", new Rule(admin, Kind.UNSCOPED, null));
        rules.put("POST /api/v1/admin/dead-letters/replay", new Rule(admin, Kind.UNSCOPED, null));
        rules.put("POST /api/v1/admin/dead-letters/{id}/discard", new Rule(admin, Kind.UNSCOPED, Map.of("reason", "矩阵测试")));
        rules.put("GET /api/v1/admin/stuck-versions", new Rule(admin, Kind.UNSCOPED, null));
        rules.put("GET /api/v1/admin/stuck-reviews", new Rule(admin, Kind.UNSCOPED, null));
        rules.put("GET /api/v1/admin/indicator-accuracy", new Rule(admin, Kind.UNSCOPED, null));
        rules.put("POST /api/v1/admin/reanalyses", new Rule(admin, Kind.UNSCOPED, Map.of("year", 2022, "regionCode", "3206")));
        rules.put("GET /api/v1/admin/reanalyses", new Rule(admin, Kind.UNSCOPED, null));
        rules.put("GET /api/v1/admin/reanalyses/{id}", new Rule(admin, Kind.UNSCOPED, null));
        rules.put("GET /api/v1/admin/reanalyses/{id}/disagreements", new Rule(admin, Kind.UNSCOPED, null));
        rules.put("POST /api/v1/admin/reanalyses/{id}/cancel", new Rule(admin, Kind.UNSCOPED, null));
        // analytics of the target's city (3206): a reporter reads only their own township, a portal published figures
        Set<String> regionReaders = Set.of("reviewer", "viewer", "admin", "portal");
        rules.put("GET /api/v1/analytics/regions/{code}/totals", new Rule(regionReaders, Kind.ITEM, null));
        rules.put("GET /api/v1/analytics/regions/{code}/trends", new Rule(regionReaders, Kind.ITEM, null));
        rules.put("GET /api/v1/analytics/regions/{code}/rankings", new Rule(regionReaders, Kind.ITEM, null));
        rules.put("GET /api/v1/analytics/regions/{code}/figures", new Rule(regionReaders, Kind.ITEM, null));
        rules.put("GET /api/v1/analytics/regions/{code}/figures/export", new Rule(regionReaders, Kind.ITEM, null));
        rules.put("GET /api/v1/analytics/regions/{code}/completeness", new Rule(Set.of("reviewer", "admin"), Kind.ITEM, null));
        rules.put("GET /api/v1/disclosure/regions/{code}/reports", new Rule(ALL, Kind.UNSCOPED, null));
        rules.put("GET /api/v1/admin/analytics/consistency", new Rule(admin, Kind.UNSCOPED, null));
        return rules;
    }

    /** The query each analytics operation needs. */
    private static final Map<String, String> ANALYTICS_QUERIES = Map.of(
            "GET /api/v1/analytics/regions/{code}/totals", "?indicator=disputes.received&year=2022",
            "GET /api/v1/analytics/regions/{code}/trends", "?indicator=disputes.received&from=2021&to=2022",
            "GET /api/v1/analytics/regions/{code}/rankings", "?indicator=disputes.received&year=2022",
            "GET /api/v1/analytics/regions/{code}/figures", "?indicator=disputes.received&year=2022",
            "GET /api/v1/analytics/regions/{code}/figures/export", "?indicator=disputes.received&year=2022",
            "GET /api/v1/analytics/regions/{code}/completeness", "?year=2022",
            "GET /api/v1/disclosure/regions/{code}/reports", "?year=2022",
            "GET /api/v1/admin/analytics/consistency", "?region=3206&year=2022");

    /** A caller: the role they hold and whether their place covers the target. */
    record Caller(String role, boolean inScope, String token) {
    }

    static List<String> check(String gateway, Map<String, Rule> rules, List<Caller> callers, String reportId,
            String caseId, int campaignYear) {
        Set<String> documented = new TreeSet<>();
        Map<String, Map<String, Object>> paths = given().accept(ContentType.JSON).when().get(gateway + "/openapi")
                .then().statusCode(200).extract().path("paths");
        paths.forEach((path, operations) -> operations.keySet().stream()
                .filter(m -> Set.of("get", "post", "put", "delete", "patch").contains(m))
                .forEach(m -> documented.add(m.toUpperCase() + " " + path)));
        assertEquals(documented, new TreeSet<>(rules.keySet()), "every public operation needs exactly one rule");

        List<String> failures = new ArrayList<>();
        for (var entry : rules.entrySet()) {
            String method = entry.getKey().split(" ")[0];
            String url = gateway + entry.getKey().split(" ")[1]
                    .replace("/reviews/{id}", "/reviews/" + caseId)
                    .replace("{id}", reportId)
                    .replace("{number}", "2")
                    .replace("{year}", Integer.toString(campaignYear))
                    .replace("{code}", "3206")
                    .replace("{indicator}", "disputes.received")
                    + (entry.getKey().endsWith("/diff") ? "?from=1&to=2" : "")
                    + ANALYTICS_QUERIES.getOrDefault(entry.getKey(), "");
            Rule rule = entry.getValue();
            expect(failures, entry.getKey() + " without a token", call(given(), method, url, rule), 401);
            for (Caller caller : callers) {
                Response answer = call(given().auth().oauth2(caller.token()), method, url, rule);
                String who = entry.getKey() + " as " + caller.role() + (caller.inScope() ? " in scope" : " out of scope");
                if (!rule.roles().contains(caller.role())) {
                    expect(failures, who, answer, 403);
                } else if (caller.inScope() || rule.kind() == Kind.UNSCOPED) {
                    if (answer.statusCode() == 401 || answer.statusCode() == 403 || answer.statusCode() >= 500) {
                        failures.add(who + ": expected to pass, got " + answer.statusCode() + " " + answer.asString());
                    }
                } else if (rule.kind() == Kind.LIST) {
                    if (answer.statusCode() != 200 || answer.asString().contains(reportId)) {
                        failures.add(who + ": expected a list without the target, got " + answer.statusCode());
                    }
                } else {
                    expect(failures, who, answer, 403);
                }
            }
        }
        return failures;
    }

    private static Response call(RequestSpecification request, String method, String url, Rule rule) {
        if (rule.body() != null && rule.body().containsKey("file")) {
            for (var part : rule.body().entrySet()) {
                request = part.getKey().equals("file")
                        ? request.multiPart("file", "报告.txt", part.getValue().toString().getBytes(
                                java.nio.charset.StandardCharsets.UTF_8), "text/plain")
                        : request.multiPart(part.getKey(), part.getValue().toString());
            }
        } else if (rule.body() != null && rule.body().containsKey("csv")) {
            request = request.contentType("text/csv; charset=UTF-8").body(rule.body().get("csv"));
        } else if (rule.body() != null) {
            request = request.contentType(ContentType.JSON).body(rule.body());
        }
        return request.when().request(method, url);
    }

    private static void expect(List<String> failures, String who, Response answer, int status) {
        if (answer.statusCode() != status) {
            failures.add(who + ": expected " + status + ", got " + answer.statusCode() + " " + answer.asString());
        } else if (!String.valueOf(answer.contentType()).startsWith("application/problem+json")) {
            failures.add(who + ": " + status + " without problem+json");
        }
    }

    private AuthorizationMatrix() {
    }

    static void assertNone(List<String> failures) {
        assertTrue(failures.isEmpty(), failures.size() + " wrong answers:\n" + String.join("\n", failures));
    }
}
