package cn.fazhi.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.fazhi.events.CloudEvent;
import cn.fazhi.events.EventContract;
import cn.fazhi.events.ReportAnalyzed;
import cn.fazhi.events.ReportSubmitted;
import cn.fazhi.events.ReviewDecided;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CloudEventReaderTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final CloudEventReader reader = new CloudEventReader(json);

    private final ReportSubmitted submitted = new ReportSubmitted(UUID.randomUUID(), 1, "320684104", 2024,
            "2024年度包场镇法治政府建设工作报告", "正文", "ab".repeat(32), "clerk", OffsetDateTime.parse("2025-01-10T08:00:00Z"), false,
            List.of("COUNTY", "PROVINCE"));

    private String envelope(String type, Object data) throws Exception {
        return json.writeValueAsString(new CloudEvent<>("1.0", "e-1", "/report-service", type, "r",
                OffsetDateTime.parse("2025-01-10T08:00:00Z"), "application/json", data));
    }

    @Test
    void readsAWellFormedEventOfItsContract() throws Exception {
        CloudEvent<ReportSubmitted> event = reader.read(envelope(EventContract.REPORT_SUBMITTED.type(), submitted),
                EventContract.REPORT_SUBMITTED, ReportSubmitted.class);
        assertEquals("e-1", event.id());
        assertEquals(submitted, event.data());
    }

    @Test
    void toleratesFieldsAProducerAddedLater() throws Exception {
        String value = envelope(EventContract.REPORT_SUBMITTED.type(), submitted)
                .replace("\"version\":1", "\"version\":1,\"addedLater\":true");
        assertEquals(1, reader.read(value, EventContract.REPORT_SUBMITTED, ReportSubmitted.class).data().version());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "[1,2]", "{\"specversion\":\"1.0\"}",
            "{\"specversion\":\"0.3\",\"id\":\"x\",\"type\":\"cn.fazhi.report.submitted.v1\",\"data\":{}}",
            "{\"specversion\":\"1.0\",\"id\":\"x\",\"type\":\"cn.fazhi.report.submitted.v1\",\"data\":\"text\"}",
            "{\"specversion\":\"1.0\",\"id\":\"x\",\"type\":\"cn.fazhi.report.submitted.v1\",\"data\":{\"version\":\"one\"}}"})
    void rejectsMalformedValuesAsPoison(String value) {
        assertThrows(PoisonEventException.class,
                () -> reader.read(value, EventContract.REPORT_SUBMITTED, ReportSubmitted.class));
    }

    @Test
    void rejectsAnEventOfAnotherContract() throws Exception {
        String value = envelope(EventContract.REPORT_ANALYZED.type(), submitted);
        assertThrows(PoisonEventException.class,
                () -> reader.read(value, EventContract.REPORT_SUBMITTED, ReportSubmitted.class));
    }

    @Test
    void rejectsAnEventWithAMissingField() throws Exception {
        String value = envelope(EventContract.REPORT_SUBMITTED.type(), submitted).replace("\"townshipCode\":\"320684104\",", "");
        assertThrows(PoisonEventException.class,
                () -> reader.read(value, EventContract.REPORT_SUBMITTED, ReportSubmitted.class));
    }

    /** A primitive that is missing or null must not read as 0 or false: the event is poison. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            version missing         | '"version":1,'                              | ''
            version null            | '"version":1'                               | '"version":null'
            late missing            | '"late":false,'                             | ''
            year null               | '"year":2024'                               | '"year":null'
            townshipCode null       | '"townshipCode":"320684104"'                | '"townshipCode":null'
            approvalChain null      | '"approvalChain":["COUNTY","PROVINCE"]'     | '"approvalChain":null'
            approvalChain item null | '"approvalChain":["COUNTY","PROVINCE"]'     | '"approvalChain":["COUNTY",null]'
            """)
    void rejectsAMissingOrNullFieldAsPoison(String name, String field, String replacement) throws Exception {
        String value = envelope(EventContract.REPORT_SUBMITTED.type(), submitted);
        String broken = value.replace(field, replacement);
        assertNotEquals(value, broken, "the test must change the event");
        assertThrows(PoisonEventException.class,
                () -> reader.read(broken, EventContract.REPORT_SUBMITTED, ReportSubmitted.class));
    }

    @Test
    void rejectsAFindingWithoutItsOffsetsAsPoison() throws Exception {
        ReportAnalyzed analyzed = new ReportAnalyzed(UUID.randomUUID(), 1, "320684104", 2024, 3, 1,
                List.of(new ReportAnalyzed.Finding("MISSING_SECTION", "ERROR", "缺少部分", 7, 9)));
        String value = envelope(EventContract.REPORT_ANALYZED.type(), analyzed);
        assertEquals(analyzed, reader.read(value, EventContract.REPORT_ANALYZED, ReportAnalyzed.class).data());
        String broken = value.replace("\"start\":7,", "");
        assertNotEquals(value, broken);
        assertThrows(PoisonEventException.class,
                () -> reader.read(broken, EventContract.REPORT_ANALYZED, ReportAnalyzed.class));
    }

    @Test
    void rejectsADecisionWithoutItsFinalityOrWithAnUnknownDecision() throws Exception {
        ReviewDecided decided = new ReviewDecided(UUID.randomUUID(), 2, "320684104", "COUNTY",
                ReviewDecided.Decision.APPROVED, true, "reviewer-320684", List.of());
        String value = envelope(EventContract.REVIEW_DECIDED.type(), decided);
        assertEquals(decided, reader.read(value, EventContract.REVIEW_DECIDED, ReviewDecided.class).data());
        for (String broken : List.of(value.replace("\"finalDecision\":true,", ""),
                value.replace("\"decision\":\"APPROVED\"", "\"decision\":\"ACCEPTED\""))) {
            assertNotEquals(value, broken);
            assertThrows(PoisonEventException.class,
                    () -> reader.read(broken, EventContract.REVIEW_DECIDED, ReviewDecided.class));
        }
    }

    @Test
    void refusesToReadAContractAsAnotherRecord() {
        assertThrows(IllegalArgumentException.class,
                () -> reader.read("{}", EventContract.REPORT_SUBMITTED, ReportAnalyzed.class));
    }
}
