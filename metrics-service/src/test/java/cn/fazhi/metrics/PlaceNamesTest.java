package cn.fazhi.metrics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.fazhi.events.CloudEvent;
import cn.fazhi.events.EventContract;
import cn.fazhi.events.ReportSubmitted;
import cn.fazhi.metrics.service.PlaceNames;
import cn.fazhi.testing.Fixtures;
import cn.fazhi.testing.KafkaTopics;
import cn.fazhi.testing.Tokens;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * ORG_MISMATCH follows the register: the names come from review-service's places.changed, so an
 * admin's rename there changes the finding here, for the years from the rename on. (review-service's
 * PlaceAmendmentsTest proves that the rename is announced with exactly this shape.)
 */
@QuarkusTest
class PlaceNamesTest {

    @Inject
    ObjectMapper json;

    @Inject
    PlaceNames places;

    private List<String> draftFindings(String township, int year) {
        return given().auth().oauth2(Tokens.reporter(township)).contentType(ContentType.JSON)
                .body(Map.of("text", Fixtures.report(Fixtures.WANGCHANG_2023), "year", year, "townshipCode", township))
                .when().post("/api/v1/analysis").then().statusCode(200).extract().jsonPath().getList("findings.code");
    }

    @Test
    void aRenameInTheRegisterChangesTheFindingFromItsYearOn() throws Exception {
        String township = "500240990";
        PlaceAnnouncements.announce(json, UUID.randomUUID().toString(), PlaceAnnouncements.township(township, "王场镇"));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> places.nameOf(township, 2023).isPresent());
        given().auth().oauth2(Tokens.reporter(township)).contentType(ContentType.JSON)
                .body(Map.of("text", Fixtures.report(Fixtures.WANGCHANG_2023), "year", 2024, "townshipCode", township))
                .when().post("/api/v1/analysis").then().statusCode(200).body("findings.code", not(hasItem("ORG_MISMATCH")));

        PlaceAnnouncements.announce(json, UUID.randomUUID().toString(),
                PlaceAnnouncements.renamed(township, "王场镇", "石家镇", LocalDate.of(2024, 1, 1)));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> draftFindings(township, 2024).contains("ORG_MISMATCH"));
        given().auth().oauth2(Tokens.reporter(township)).contentType(ContentType.JSON)
                .body(Map.of("text", Fixtures.report(Fixtures.WANGCHANG_2023), "year", 2024, "townshipCode", township))
                .when().post("/api/v1/analysis").then().statusCode(200)
                .body("findings.find { it.code == 'ORG_MISMATCH' }.message",
                        org.hamcrest.Matchers.containsString("不是提交单位（石家镇）"));
        assertEquals(Optional.of("王场镇"), places.nameOf(township, 2023), "the 2023 report is checked against the name of 2023");

        // a submitted report is stored with the finding, as the review case will show it
        UUID reportId = UUID.randomUUID();
        ReportSubmitted submitted = new ReportSubmitted(reportId, 1, township, 2024, "2023年度法治政府建设情况的报告",
                Fixtures.report(Fixtures.WANGCHANG_2023), "0".repeat(64), "clerk", OffsetDateTime.parse("2025-01-10T08:00:00Z"),
                false, List.of("COUNTY", "PROVINCE"));
        KafkaTopics.produce(EventContract.REPORT_SUBMITTED.topic(), township, json.writeValueAsString(new CloudEvent<>("1.0",
                UUID.randomUUID().toString(), "/report-service", EventContract.REPORT_SUBMITTED.type(), reportId.toString(),
                OffsetDateTime.now(), "application/json", submitted)));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(Tokens.admin())
                .when().get("/api/v1/reports/{id}/analysis", reportId).then().extract().statusCode() == 200);
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/reports/{id}/analysis", reportId)
                .then().statusCode(200).body("findings.code", hasItem("ORG_MISMATCH"));
    }

    @Test
    void anOlderAnnouncementArrivingLateDoesNotUndoARename() throws Exception {
        String township = "500240991";
        String marker = "500240992";
        PlaceAnnouncements.announce(json, UUID.randomUUID().toString(),
                PlaceAnnouncements.renamed(township, "王场镇", "石家镇", LocalDate.of(2024, 1, 1)));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> places.nameOf(township, 2024).isPresent());
        // revision 1 again, as a new event (a replay from a dead-letter topic, say), then a marker behind it
        PlaceAnnouncements.announce(json, UUID.randomUUID().toString(), PlaceAnnouncements.township(township, "王场镇"));
        PlaceAnnouncements.announce(json, UUID.randomUUID().toString(), PlaceAnnouncements.township(marker, "标记镇"));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> places.nameOf(marker, 2024).isPresent());
        assertEquals(Optional.of("石家镇"), places.nameOf(township, 2024));
        assertEquals(Optional.of("王场镇"), places.nameOf(township, 2023));
    }

    @Test
    void aPoisonAnnouncementGoesToTheDeadLetterTopicAndTheNextOneIsApplied() throws Exception {
        KafkaTopics.produce(EventContract.PLACES_CHANGED.topic(), "51", "{\"specversion\":\"1.0\",\"id\":\"p-" + UUID.randomUUID()
                + "\",\"type\":\"cn.fazhi.places.changed.v1\",\"data\":{\"places\":\"none\"}}");
        PlaceAnnouncements.announce(json, UUID.randomUUID().toString(), PlaceAnnouncements.township("510101993", "试验街道"));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> places.nameOf("510101993", null).isPresent());
        var dead = KafkaTopics.read(EventContract.PLACES_CHANGED.deadLetterTopic(),
                seen -> seen.stream().anyMatch(r -> "51".equals(r.key())), Duration.ofSeconds(20));
        assertEquals(1, dead.stream().filter(r -> "51".equals(r.key())).count());
    }
}
