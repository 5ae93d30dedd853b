package cn.fazhi.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.fazhi.events.CloudEvent;
import cn.fazhi.events.EventContract;
import cn.fazhi.events.FigureDecided;
import cn.fazhi.events.ReportSubmitted;
import cn.fazhi.testing.KafkaTopics;
import cn.fazhi.testing.Tokens;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * A clerk's decisions on the figures (metrics-service announces them on figures.decided) become
 * steps of the report's history, once each however often an event is delivered, at the time they
 * were made, in words that say which indicator, which values and why.
 */
@QuarkusTest
class FigureHistoryTest {

    @Inject
    ObjectMapper json;

    private String event(String eventId, EventContract contract, Record data, UUID reportId) throws Exception {
        return json.writeValueAsString(new CloudEvent<>("1.0", eventId, "/test", contract.type(), reportId.toString(),
                OffsetDateTime.now(), "application/json", data));
    }

    private static FigureDecided decision(UUID reportId, String township, String code, String name,
            FigureDecided.Action action, String engineValue, String value, String unit, String reason, Integer start,
            Integer end, boolean clerkStated, int revision, OffsetDateTime at) {
        return new FigureDecided(reportId, 1, township, code, name, action,
                engineValue == null ? null : new BigDecimal(engineValue), value == null ? null : new BigDecimal(value), unit,
                reason, start, end, clerkStated, "clerk-" + township, revision, at);
    }

    private List<String> actions(UUID reportId) {
        var answer = given().auth().oauth2(Tokens.admin()).when().get("/api/v1/reports/{id}/history", reportId).then().extract();
        return answer.statusCode() == 200 ? answer.jsonPath().getList("action") : List.of();
    }

    @Test
    void eachDecisionOnAFigureIsOneStepOfTheReportsHistoryEvenWhenRedelivered() throws Exception {
        UUID reportId = UUID.randomUUID();
        String township = "320684601";
        OffsetDateTime submittedAt = OffsetDateTime.parse("2025-01-10T08:00:00Z");
        KafkaTopics.produce("reports.submitted", township, event(UUID.randomUUID().toString(), EventContract.REPORT_SUBMITTED,
                new ReportSubmitted(reportId, 1, township, 2024, "年度报告", "全年共受理矛盾纠纷46起，调解成功44起。为困难群众代写诉状等7次。",
                        "0".repeat(64), "clerk", submittedAt, false, List.of("COUNTY", "PROVINCE")), reportId));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> actions(reportId).contains("SUBMITTED"));

        // after the submission's entry, which is stamped when review-service received it
        OffsetDateTime decidedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        String corrected = event(UUID.randomUUID().toString(), EventContract.FIGURE_DECIDED,
                decision(reportId, township, "disputes.resolved", "成功调解、化解的纠纷数", FigureDecided.Action.CORRECTED,
                        "44", "45", "件", "另有1起在年底调解成功", null, null, false, 1, decidedAt), reportId);
        KafkaTopics.produce("figures.decided", township, corrected);
        KafkaTopics.produce("figures.decided", township, corrected);
        // The marker, same key and so same partition, is consumed after the repeat: once it shows, so has the repeat.
        KafkaTopics.produce("figures.decided", township, event(UUID.randomUUID().toString(), EventContract.FIGURE_DECIDED,
                decision(reportId, township, "legal_aid.cases", "法律援助案件数", FigureDecided.Action.ADDED, null, "7", "件",
                        null, 19, 27, false, 1, decidedAt.plusMinutes(5)), reportId));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> actions(reportId).contains("FIGURE_ADDED"));

        JsonPath history = given().auth().oauth2(Tokens.reporter(township)).when().get("/api/v1/reports/{id}/history", reportId)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("SUBMITTED", "FIGURE_CORRECTED", "FIGURE_ADDED"), history.getList("action"),
                "each decision once, in the order it was made");
        assertEquals("clerk-" + township, history.getString("[1].actor"));
        assertEquals(1, history.getInt("[1].version"));
        assertEquals(decidedAt.toInstant(), OffsetDateTime.parse(history.getString("[1].at")).toInstant(),
                "the history says when the clerk decided, not when the event arrived");
        assertNull(history.get("[1].fromStatus"));
        assertNull(history.get("[1].toStatus"));
        assertEquals("更正指标 disputes.resolved（成功调解、化解的纠纷数）：引擎读出 44 件，更正为 45 件；理由：另有1起在年底调解成功",
                history.getString("[1].reason"));
        assertEquals("补充指标 legal_aid.cases（法律援助案件数）：7 件（出自原文第 19–27 字符）", history.getString("[2].reason"));

        given().auth().oauth2(Tokens.reporter("320684602")).when().get("/api/v1/reports/{id}/history", reportId)
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void confirmationsRejectionsAndClerkStatedFiguresSayWhatTheyAre() throws Exception {
        UUID reportId = UUID.randomUUID();
        String township = "320684603";
        OffsetDateTime at = OffsetDateTime.parse("2025-01-12T09:00:00Z");
        KafkaTopics.produce("figures.decided", township, event(UUID.randomUUID().toString(), EventContract.FIGURE_DECIDED,
                decision(reportId, township, "disputes.received", "受理、排查发现或调解的矛盾纠纷数",
                        FigureDecided.Action.CONFIRMED, "46", "46", "件", null, null, null, false, 1, at), reportId));
        KafkaTopics.produce("figures.decided", township, event(UUID.randomUUID().toString(), EventContract.FIGURE_DECIDED,
                decision(reportId, township, "pufa.materials", "发放普法宣传资料份数", FigureDecided.Action.REJECTED,
                        "2000", null, "份", "资料是县里发的", null, null, false, 1, at.plusMinutes(1)), reportId));
        KafkaTopics.produce("figures.decided", township, event(UUID.randomUUID().toString(), EventContract.FIGURE_DECIDED,
                decision(reportId, township, "mediators.count", "人民调解员人数", FigureDecided.Action.ADDED, null, "12.50",
                        "人", "台账记载", null, null, true, 1, at.plusMinutes(2)), reportId));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> actions(reportId).size() == 3);

        given().auth().oauth2(Tokens.reviewer("320684")).when().get("/api/v1/reports/{id}/history", reportId)
                .then().statusCode(200)
                .body("action", equalTo(List.of("FIGURE_CONFIRMED", "FIGURE_REJECTED", "FIGURE_ADDED")))
                .body("reason", equalTo(List.of(
                        "确认指标 disputes.received（受理、排查发现或调解的矛盾纠纷数）：46 件",
                        "否定指标 pufa.materials（发放普法宣传资料份数）：引擎读出的 2000 份 不是此项指标；理由：资料是县里发的",
                        "补充指标 mediators.count（人民调解员人数）：12.5 人（填报员自述，原文中没有）；理由：台账记载")));
    }

    @Test
    void aFigureEventWithoutItsActorGoesToTheDeadLetterTopic() throws Exception {
        String township = "320684604";
        UUID reportId = UUID.randomUUID();
        String poison = event(UUID.randomUUID().toString(), EventContract.FIGURE_DECIDED,
                decision(reportId, township, "disputes.received", "受理、排查发现或调解的矛盾纠纷数", FigureDecided.Action.CONFIRMED,
                        "46", "46", "件", null, null, null, false, 1, OffsetDateTime.now()), reportId)
                .replace("\"actor\":\"clerk-" + township + "\",", "");
        assertTrue(!poison.contains("\"actor\""), "the poison lacks its actor");
        KafkaTopics.produce("figures.decided", township, poison);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> KafkaTopics.read("figures.decided.dlq",
                seen -> seen.stream().anyMatch(r -> township.equals(r.key())), Duration.ofSeconds(5))
                .stream().anyMatch(r -> township.equals(r.key())));
        assertEquals(List.of(), actions(reportId), "nothing written for the poison");
    }
}
