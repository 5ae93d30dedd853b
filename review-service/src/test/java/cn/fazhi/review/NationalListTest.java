package cn.fazhi.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.fazhi.review.service.NationalList;
import cn.fazhi.testing.KafkaTopics;
import cn.fazhi.testing.Tokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The national list (统计用区划代码 2023) is loaded whole on the first start, once, and announced in batches. */
@QuarkusTest
class NationalListTest {

    static final Map<String, Long> LEVELS = Map.of("PROVINCE", 31L, "CITY", 342L, "COUNTY", 2978L, "TOWNSHIP", 41_352L);

    @Inject
    EntityManager em;

    @Inject
    NationalList nationalList;

    @Inject
    ObjectMapper json;

    /** The derived file itself: code,name,parent,level, every parent its code's prefix. */
    static Map<String, String> listedLevels() throws Exception {
        Map<String, String> levels = new TreeMap<>();
        try (var in = NationalListTest.class.getClassLoader().getResourceAsStream("places/divisions-2023.csv.gz");
                var reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
            assertEquals("code,name,parent,level", reader.readLine());
            reader.lines().map(line -> line.split(",", -1)).forEach(cols -> {
                assertEquals(4, cols.length, String.join(",", cols));
                assertTrue(cols[2].isEmpty() ? cols[0].length() == 2 : cols[0].startsWith(cols[2]), String.join(",", cols));
                levels.put(cols[0], cols[3]);
            });
        }
        return levels;
    }

    @Test
    @Transactional
    void everyProvinceCityCountyAndTownshipOfTheListIsInTheRegister() throws Exception {
        Map<String, String> listed = listedLevels();
        Map<String, Long> fileCounts = listed.values().stream().collect(Collectors.groupingBy(l -> l, Collectors.counting()));
        assertEquals(LEVELS, fileCounts);

        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select level, count(*) from place where code = any (cast(string_to_array(:codes, ',') as varchar[]))
                        group by level""")
                .setParameter("codes", String.join(",", listed.keySet())).getResultList();
        Map<String, Long> stored = rows.stream().collect(Collectors.toMap(r -> (String) r[0], r -> ((Number) r[1]).longValue()));
        assertEquals(LEVELS, stored);
        assertEquals(44_703, ((Number) em.createNativeQuery("select place_count from place_source where name = 'divisions-2023.csv.gz'")
                .getSingleResult()).intValue());
    }

    @Test
    void theSampleTownshipsAndTheQuirksOfTheListReadAsExpected() {
        String viewer = Tokens.viewer("12");
        given().auth().oauth2(viewer).when().get("/api/v1/places/120117112").then().statusCode(200)
                .body("name", equalTo("东棘坨镇")).body("parentCode", equalTo("120117")).body("level", equalTo("TOWNSHIP"));
        given().auth().oauth2(viewer).when().get("/api/v1/places/500240108").then().statusCode(200)
                .body("name", equalTo("王场镇")).body("parentCode", equalTo("500240"));
        given().auth().oauth2(viewer).when().get("/api/v1/places/500240").then().statusCode(200)
                .body("name", equalTo("石柱土家族自治县")).body("parentCode", equalTo("5002"));
        // a municipality's districts and counties are grouped under pseudo-cities of the list
        given().auth().oauth2(viewer).when().get("/api/v1/places/1201").then().statusCode(200)
                .body("name", equalTo("市辖区")).body("level", equalTo("CITY")).body("parentCode", equalTo("12"));
        given().auth().oauth2(viewer).when().get("/api/v1/places?parent=5002").then().statusCode(200)
                .body("code", hasItem("500240"));
        // county-level cities directly under a province: a 90 pseudo-city, the parent still the prefix
        given().auth().oauth2(viewer).when().get("/api/v1/places/429005").then().statusCode(200)
                .body("parentCode", equalTo("4290"));
        given().auth().oauth2(viewer).when().get("/api/v1/places").then().statusCode(200)
                .body("size()", equalTo(31)).body("name", hasItem("江苏省"));
    }

    @Test
    void theLoadIsAnnouncedInBatchesOfAtMost500PlacesKeyedByProvince() throws Exception {
        Set<String> listed = listedLevels().keySet();
        Set<String> announced = new HashSet<>();
        List<ConsumerRecord<String, String>> events = KafkaTopics.read("places.changed", seen -> {
            seen.forEach(record -> announced.addAll(codesOf(record)));
            return announced.containsAll(listed);
        }, Duration.ofSeconds(60));
        assertTrue(announced.containsAll(listed), "announced " + announced.size() + " of " + listed.size());
        long expected = listed.stream().collect(Collectors.groupingBy(code -> code.substring(0, 2), Collectors.counting()))
                .values().stream().mapToLong(n -> (n + 499) / 500).sum();
        long batches = events.stream().filter(r -> listed.containsAll(codesOf(r))).count();
        assertEquals(expected, batches, "events announcing the national list");
        for (ConsumerRecord<String, String> event : events) {
            List<String> codes = codesOf(event);
            assertTrue(codes.size() <= 500, codes.size() + " places in one event");
            assertTrue(codes.stream().allMatch(code -> code.startsWith(event.key())), "key " + event.key() + " for " + codes);
        }
    }

    private List<String> codesOf(ConsumerRecord<String, String> record) {
        try {
            JsonNode places = json.readTree(record.value()).path("data").path("places");
            return places.findValuesAsText("code").stream().filter(c -> c.length() != 0).toList();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @Transactional
    void aSecondStartLoadsNothing() {
        long before = ((Number) em.createNativeQuery("select count(*) from place").getSingleResult()).longValue();
        assertEquals(0, nationalList.loadOnce());
        assertEquals(before, ((Number) em.createNativeQuery("select count(*) from place").getSingleResult()).longValue());
    }
}
