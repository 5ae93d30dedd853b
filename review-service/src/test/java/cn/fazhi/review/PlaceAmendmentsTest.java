package cn.fazhi.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.fazhi.testing.KafkaTopics;
import cn.fazhi.testing.Tokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Dated amendments: each kind, the register read for a day or a report year, the history kept,
 * every wrong or conflicting amendment refused with nothing stored, and each change announced.
 * The test places are under 海门区 (320614) with codes the national list does not use (9xx).
 */
@QuarkusTest
class PlaceAmendmentsTest {

    @Inject
    ObjectMapper json;

    private static ValidatableResponse amend(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post("/api/v1/places/amendments").then();
    }

    private static ValidatableResponse amend(Map<String, Object> body) {
        return amend(Tokens.admin(), body);
    }

    private static Map<String, Object> change(String kind, String code, String name, String mergedInto, String effectiveFrom) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("code", code);
        body.put("effectiveFrom", effectiveFrom);
        if (name != null) {
            body.put("name", name);
        }
        if (mergedInto != null) {
            body.put("mergedInto", mergedInto);
        }
        return body;
    }

    private static List<String> townships(String query) {
        return given().auth().oauth2(Tokens.viewer("32")).when().get("/api/v1/places?parent=320614&" + query)
                .then().statusCode(200).extract().jsonPath().getList("code");
    }

    private static ValidatableResponse place(String code, String query) {
        return given().auth().oauth2(Tokens.reporter(code)).when().get("/api/v1/places/" + code + (query.isEmpty() ? "" : "?" + query)).then();
    }

    @Test
    void aTownshipMergedIn2024KeepsItsPastAndIsNotExpectedAfterwards() {
        amend(change("ADD", "320614950", "甲镇", null, "2020-01-01")).statusCode(201)
                .header("Location", containsString("/api/v1/places/320614950/amendments"))
                .body("kind", equalTo("ADD")).body("actor", equalTo("admin")).body("effectiveFrom", equalTo("2020-01-01"));
        amend(change("MERGE", "320614950", null, "320614102", "2024-03-01")).statusCode(201)
                .body("mergedInto", equalTo("320614102"));

        assertTrue(townships("year=2023").contains("320614950"), "it reports for 2023");
        assertTrue(townships("on=2024-02-29").contains("320614950"), "it exists until the merger");
        assertTrue(!townships("year=2024").contains("320614950"), "it is gone on 31 December 2024");
        assertTrue(!townships("year=2025").contains("320614950"), "no 2025 report is expected");
        assertTrue(townships("year=2025").contains("320614102"), "its successor is");
        place("320614950", "year=2023").statusCode(200).body("name", equalTo("甲镇"));
        place("320614950", "year=2025").statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("并入 320614102"));
        place("320614950", "year=2019").statusCode(404).body("detail", containsString("自 2020-01-01 起设立"));

        given().auth().oauth2(Tokens.viewer("32")).when().get("/api/v1/places/320614950/amendments").then().statusCode(200)
                .body("kind", equalTo(List.of("ADD", "MERGE")));
        given().auth().oauth2(Tokens.viewer("32")).when().get("/api/v1/places/320614102/amendments").then().statusCode(200)
                .body("code", hasItem("320614950"));
    }

    @Test
    void aRenameTakesEffectOnItsDayAndTheFormerNameStaysTheNameOfTheYearsBefore() throws Exception {
        amend(change("ADD", "320614951", "乙镇", null, "2020-01-01")).statusCode(201);
        amend(change("RENAME", "320614951", "丙镇", null, "2024-07-01")).statusCode(201)
                .body("formerName", equalTo("乙镇")).body("name", equalTo("丙镇"));

        place("320614951", "on=2024-06-30").statusCode(200).body("name", equalTo("乙镇"));
        place("320614951", "on=2024-07-01").statusCode(200).body("name", equalTo("丙镇"));
        place("320614951", "year=2023").statusCode(200).body("name", equalTo("乙镇"));
        place("320614951", "year=2024").statusCode(200).body("name", equalTo("丙镇"));
        place("320614951", "").statusCode(200).body("name", equalTo("丙镇"));

        JsonNode announced = announcedPlace("320614951", 2);
        assertEquals("320614", announced.path("parentCode").asText());
        assertEquals("乙镇", announced.at("/names/0/name").asText());
        assertEquals("2024-07-01", announced.at("/names/0/validUntil").asText());
        assertEquals("丙镇", announced.at("/names/1/name").asText());
        assertEquals("2024-07-01", announced.at("/names/1/validFrom").asText());
    }

    @Test
    void anAbolishedTownshipAndOneAddedInTheFutureExistOnlyInTheirYears() {
        amend(change("ADD", "320614952", "丁乡", null, "2020-01-01")).statusCode(201);
        amend(change("ABOLISH", "320614952", null, null, "2025-01-01")).statusCode(201);
        amend(change("ADD", "320614953", "戊镇", null, "2026-01-01")).statusCode(201);

        assertTrue(townships("year=2024").contains("320614952"));
        assertTrue(!townships("year=2025").contains("320614952"));
        place("320614952", "year=2025").statusCode(404).body("detail", containsString("于 2025-01-01 撤销"));
        assertTrue(!townships("year=2025").contains("320614953"));
        assertTrue(townships("year=2026").contains("320614953"));
    }

    @Test
    void wrongAndConflictingAmendmentsAreRefusedAndChangeNothing() throws Exception {
        amend(change("ADD", "320614954", "己镇", null, "2020-01-01")).statusCode(201);
        amend(change("MERGE", "320614954", null, "320614103", "2024-01-01")).statusCode(201);
        long recorded = amendmentsRecorded();

        // 409: the state of the register forbids it
        amend(change("RENAME", "320614954", "庚镇", null, "2024-06-01")).statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("https://fazhi.cn/problems/place-ended"))
                .body("title", equalTo("与当前状态冲突"));
        amend(change("ADD", "320614103", "重复镇", null, "2024-01-01")).statusCode(409)
                .body("type", equalTo("https://fazhi.cn/problems/place-code-taken"));
        amend(change("ADD", "320614954", "复用镇", null, "2025-01-01")).statusCode(409)
                .body("type", equalTo("https://fazhi.cn/problems/place-code-taken"));
        amend(change("ABOLISH", "320614", null, null, "2024-01-01")).statusCode(409)
                .body("type", equalTo("https://fazhi.cn/problems/place-has-children"));
        amend(change("MERGE", "320614104", null, "320614954", "2025-01-01")).statusCode(409)
                .body("type", equalTo("https://fazhi.cn/problems/place-merge-target-not-in-force"));
        amend(change("ADD", "320614955", "辛镇", null, "2020-01-01")).statusCode(201);
        recorded++;
        amend(change("RENAME", "320614955", "壬镇", null, "2023-01-01")).statusCode(201);
        recorded++;
        amend(change("RENAME", "320614955", "癸镇", null, "2022-12-31")).statusCode(409)
                .body("type", equalTo("https://fazhi.cn/problems/place-amendment-out-of-order"));
        amend(change("RENAME", "320614955", "壬镇", null, "2024-01-01")).statusCode(409)
                .body("type", equalTo("https://fazhi.cn/problems/place-same-name"));

        // 400: the amendment itself is wrong
        amend(change("ADD", "3206149", "残缺镇", null, "2024-01-01")).statusCode(400)
                .body("errors.field", hasItem("code"));
        amend(change("ADD", "320699001", "无上级镇", null, "2024-01-01")).statusCode(400)
                .body("detail", containsString("上级 320699 不在名录中"));
        amend(change("ADD", "320614956", null, null, "2024-01-01")).statusCode(400).body("errors.field", hasItem("name"));
        amend(change("ADD", "320614956", "无日期镇", null, null)).statusCode(400).body("errors.field", hasItem("effectiveFrom"));
        amend(change(null, "320614956", "无类型镇", null, "2024-01-01")).statusCode(400).body("errors.field", hasItem("kind"));
        amend(change("MERGE", "320614104", null, "320614", "2025-01-01")).statusCode(400).body("errors.field", hasItem("mergedInto"));
        amend(change("MERGE", "320614104", null, "320614104", "2025-01-01")).statusCode(400);
        amend(change("MERGE", "320614104", null, null, "2025-01-01")).statusCode(400);
        amend(change("ABOLISH", "320614104", "悦来镇", null, "2025-01-01")).statusCode(400);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"kind\":\"SPLIT\",\"code\":\"320614104\",\"effectiveFrom\":\"2025-01-01\"}")
                .when().post("/api/v1/places/amendments").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"kind\":\"ABOLISH\",\"code\":\"320614104\",\"effectiveFrom\":\"2025-02-30\"}")
                .when().post("/api/v1/places/amendments").then().statusCode(400);
        amend(change("RENAME", "320614999", "无此镇", null, "2024-01-01")).statusCode(404);

        // who may
        amend(Tokens.reporter("320614104"), change("ABOLISH", "320614104", null, null, "2025-01-01")).statusCode(403);
        given().contentType(ContentType.JSON).body(change("ABOLISH", "320614104", null, null, "2025-01-01"))
                .when().post("/api/v1/places/amendments").then().statusCode(401);

        assertEquals(recorded, amendmentsRecorded(), "a refused amendment records nothing");
        place("320614954", "year=2023").statusCode(200).body("name", equalTo("己镇"));
        place("320614956", "").statusCode(404);
        place("320614104", "year=2026").statusCode(200).body("name", equalTo("悦来镇"));
        place("320614", "year=2026").statusCode(200);
        assertTrue(townships("year=2025").contains("320614104"));
        assertTrue(townships("").stream().noneMatch("320614956"::equals));
    }

    @Test
    void theDemoAmendmentsOfTheDeploymentAreValid() throws Exception {
        Path file = null;
        for (Path dir = Path.of("").toAbsolutePath(); dir != null && file == null; dir = dir.getParent()) {
            Path candidate = dir.resolve("deploy/places/demo-amendments.jsonl");
            file = Files.isRegularFile(candidate) ? candidate : null;
        }
        assertNotNull(file, "deploy/places/demo-amendments.jsonl");
        List<String> lines = Files.readAllLines(file).stream().filter(line -> !line.isBlank()).toList();
        assertTrue(!lines.isEmpty());
        for (String amendment : lines) {
            given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(amendment)
                    .when().post("/api/v1/places/amendments").then().statusCode(201);
        }
        place("320614108", "year=2024").statusCode(200).body("name", equalTo("包场镇")).body("parentCode", equalTo("320614"));
        assertTrue(!townships("year=2023").contains("320614108"), "包场镇 is added from 2024 on");
    }

    private static long amendmentsRecorded() {
        return given().auth().oauth2(Tokens.admin()).when().get("/api/v1/places/amendments?size=1")
                .then().statusCode(200).extract().jsonPath().getLong("total");
    }

    /** The place as announced on places.changed with the given revision. */
    private JsonNode announcedPlace(String code, long revision) throws Exception {
        List<ConsumerRecord<String, String>> events = KafkaTopics.read("places.changed",
                seen -> seen.stream().anyMatch(r -> find(r, code, revision) != null), Duration.ofSeconds(30));
        ConsumerRecord<String, String> event = events.stream().filter(r -> find(r, code, revision) != null).findFirst()
                .orElseThrow(() -> new AssertionError("no places.changed event for " + code + " revision " + revision));
        assertEquals("32", event.key());
        assertEquals("cn.fazhi.places.changed.v1", json.readTree(event.value()).path("type").asText());
        return find(event, code, revision);
    }

    private JsonNode find(ConsumerRecord<String, String> record, String code, long revision) {
        if (!record.value().contains(code)) {
            return null;
        }
        try {
            for (JsonNode place : json.readTree(record.value()).path("data").path("places")) {
                if (code.equals(place.path("code").asText()) && place.path("revision").asLong() == revision) {
                    return place;
                }
            }
            return null;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
