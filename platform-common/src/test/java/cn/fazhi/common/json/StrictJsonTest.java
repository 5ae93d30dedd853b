package cn.fazhi.common.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.fazhi.api.CampaignView;
import cn.fazhi.api.MentionView;
import cn.fazhi.api.PlaceAmendmentRequest;
import cn.fazhi.api.PlaceLevel;
import cn.fazhi.api.SubmitReportRequest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * What the strict mapper refuses, and that what it writes it still reads: the platform's events
 * and stored JSON are written and read by the same mapper.
 */
class StrictJsonTest {

    private final ObjectMapper json = strict();

    private static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        new StrictJson().customize(mapper);
        return mapper;
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"townshipCode\":\"320684104\",\"year\":2024.5,\"title\":\"t\",\"text\":\"x\"}",
            "{\"townshipCode\":\"320684104\",\"year\":\"2024\",\"title\":\"t\",\"text\":\"x\"}",
            "{\"townshipCode\":\"320684104\",\"year\":true,\"title\":\"t\",\"text\":\"x\"}",
            "{\"townshipCode\":\"320684104\",\"year\":\"\",\"title\":\"t\",\"text\":\"x\"}",
            "{\"townshipCode\":\"320684104\",\"year\":2024,\"title\":true,\"text\":\"x\"}",
            "{\"townshipCode\":320684104,\"year\":2024,\"title\":\"t\",\"text\":\"x\"}",
            "{\"townshipCode\":\"320684104\",\"year\":2024,\"title\":\"t\",\"text\":1.5}",
            "{\"townshipCode\":\"320684104\",\"year\":2024,\"title\":\"t\",\"text\":\"x\"} x",
            "{\"townshipCode\":\"320684104\",\"year\":2024,\"year\":2023,\"title\":\"t\",\"text\":\"x\"}",
            "{\"townshipCode\":\"320684104\",\"year\":2024,\"title\":\"t\",\"text\":\"a\\u0000b\"}",
            "{\"townshipCode\":\"320684104\",\"year\":2024,\"title\":\"\\ud800\",\"text\":\"x\"}",
            "{\"townshipCode\":\"320684104\",\"year\":2024,\"title\":\"\\udc00\\ud800\",\"text\":\"x\"}"})
    void aSubmissionThatIsNotExactlyWhatItSaysIsRefused(String body) {
        assertThrows(JsonProcessingException.class, () -> json.readValue(body, SubmitReportRequest.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {"19723", "[2024,1,1]", "\"\"", "0"})
    void aDayIsOnlyItsIsoText(String day) {
        assertThrows(JsonProcessingException.class, () -> json.readValue(
                "{\"kind\":\"ADD\",\"code\":\"32\",\"name\":\"江苏省\",\"effectiveFrom\":" + day + "}", PlaceAmendmentRequest.class));
    }

    @Test
    void anEnumIsItsNameNotItsIndex() throws Exception {
        assertThrows(JsonProcessingException.class, () -> json.readValue("[0]", PlaceLevel[].class));
        assertEquals(List.of(PlaceLevel.COUNTY), List.of(json.readValue("[\"COUNTY\"]", PlaceLevel[].class)));
    }

    @Test
    void whatTheMapperWritesItReads() throws Exception {
        MentionView whole = new MentionView("12宗", 1351, 1354, new BigDecimal("12"), "宗", "EXACT");
        MentionView money = new MentionView("36890元", 0, 6, new BigDecimal("36890.50"), "元", "AT_LEAST");
        CampaignView campaign = new CampaignView(2024, OffsetDateTime.parse("2025-03-31T23:59:59+08:00"),
                List.of(PlaceLevel.COUNTY, PlaceLevel.PROVINCE), PlaceLevel.TOWNSHIP, "admin",
                OffsetDateTime.parse("2025-01-01T00:00:00Z"), OffsetDateTime.parse("2025-01-02T00:00:00Z"));
        assertEquals(whole, json.readValue(json.writeValueAsString(whole), MentionView.class));
        assertEquals(money, json.readValue(json.writeValueAsString(money), MentionView.class));
        CampaignView read = json.readValue(json.writeValueAsString(campaign), CampaignView.class);
        assertEquals(campaign.approvalChain(), read.approvalChain());
        assertEquals(campaign.deadline().toInstant(), read.deadline().toInstant());
        assertEquals("调解纠纷😀46起", json.readValue("\"调解纠纷\\ud83d\\ude00" + "46起\"", String.class));
    }
}
