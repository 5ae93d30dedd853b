package cn.fazhi.metrics;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.fazhi.events.CloudEvent;
import cn.fazhi.events.EventContract;
import cn.fazhi.events.PlacesChanged;
import cn.fazhi.events.ReportSubmitted;
import cn.fazhi.testing.KafkaTopics;
import cn.fazhi.testing.Tokens;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The analytics' answers as CSV (UTF-8 with BOM, Chinese headers) and XLSX (parsed back here: one sheet
 * per table, numbers as numbers), by {@code format=} or Accept, and the streamed export of a region's
 * township figures; on a region of their own (济南市 3701, 2021).
 */
@QuarkusTest
class AnalyticsExportTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int YEAR = 2021;

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager em;

    @Test
    void answersExportAsCsvAndXlsxWithTheSameFigures() throws Exception {
        String eventId = UUID.randomUUID().toString();
        PlaceAnnouncements.announce(json, eventId, place("37", null, "PROVINCE", "山东省"),
                place("3701", "37", "CITY", "济南市"), place("370102", "3701", "COUNTY", "历下区"),
                place("370102001", "370102", "TOWNSHIP", "甲街道"), place("370102002", "370102", "TOWNSHIP", "乙街道"),
                place("370102003", "370102", "TOWNSHIP", "丙街道"));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> processed(eventId));
        UUID first = submit("370102001", "全年共受理矛盾纠纷46起，调解成功44起。发放宣传资料2000余份。");
        UUID second = submit("370102002", "全年共受理矛盾纠纷31起，调解成功30起。发放宣传资料700余份。");
        for (UUID report : List.of(first, second)) {
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(Tokens.admin()).when()
                    .get("/api/v1/reports/{id}/versions/1/analysis", report).then().extract().statusCode() == 200);
            approve(report, report.equals(first) ? "370102001" : "370102002");
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(Tokens.admin()).when()
                .get("/api/v1/analytics/regions/3701/totals?indicator=disputes.received&year=" + YEAR).then().extract()
                .jsonPath().getInt("totals[0].region.coverage.stated") == 2);
        String query = "?indicator=disputes.received&indicator=disputes.resolution_rate&year=" + YEAR;
        JsonPath totals = given().auth().oauth2(Tokens.viewer("37")).when()
                .get("/api/v1/analytics/regions/3701/totals" + query).then().statusCode(200).extract().jsonPath();
        double received = totals.getDouble("totals[0].region.value");
        assertEquals(77.0, received, "46 + 31 disputes, as the engine reads them");

        // CSV by format=: BOM, Chinese headers, the region's row first, then its children
        Response csv = given().auth().oauth2(Tokens.viewer("37")).when()
                .get("/api/v1/analytics/regions/3701/totals" + query + "&format=csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        byte[] bytes = csv.asByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3), "UTF-8 BOM");
        List<String> lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertTrue(lines.get(0).startsWith("指标代码,指标,单位,汇总方式,年度,地区代码,地区,层级,数值"), lines.get(0));
        assertEquals(1 + 2 + 2, lines.size(), "a header, then per indicator the city and its one county");
        assertTrue(lines.get(1).startsWith("disputes.received,受理、排查发现或调解的矛盾纠纷数,件,SUM,2021,3701,济南市,CITY,77,"),
                lines.get(1));

        // XLSX by Accept: parsed back, numbers are numbers
        byte[] xlsx = given().auth().oauth2(Tokens.viewer("37")).accept(XLSX).when()
                .get("/api/v1/analytics/regions/3701/totals" + query).then().statusCode(200).contentType(XLSX)
                .extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("指标汇总");
            assertEquals("指标代码", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("3701", sheet.getRow(1).getCell(5).getStringCellValue());
            assertEquals(CellType.NUMERIC, sheet.getRow(1).getCell(8).getCellType());
            assertEquals(received, sheet.getRow(1).getCell(8).getNumericCellValue());
            assertEquals(totals.getDouble("totals[1].region.value"), sheet.getRow(3).getCell(8).getNumericCellValue(),
                    "the recomputed rate");
        }

        // completeness: one sheet per table
        byte[] completeness = given().auth().oauth2(Tokens.admin()).when()
                .get("/api/v1/analytics/regions/3701/completeness?year=" + YEAR + "&format=xlsx").then().statusCode(200)
                .extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(completeness))) {
            assertEquals(2, workbook.getNumberOfSheets());
            Sheet counts = workbook.getSheet("报送完成情况");
            assertEquals("应报", counts.getRow(0).getCell(2).getStringCellValue());
            assertEquals(3.0, counts.getRow(1).getCell(2).getNumericCellValue());
            assertEquals(1.0, counts.getRow(1).getCell(10).getNumericCellValue(), "one township missing");
            Sheet townships = workbook.getSheet("未报和逾期乡镇");
            assertEquals("370102003", townships.getRow(1).getCell(0).getStringCellValue());
            assertEquals("未报", townships.getRow(1).getCell(2).getStringCellValue());
        }

        // the streamed export of every township figure of the region, as CSV and XLSX
        int figures = given().auth().oauth2(Tokens.viewer("37")).when()
                .get("/api/v1/analytics/regions/37/figures?indicator=disputes.received&indicator=pufa.materials&year="
                        + YEAR).then().statusCode(200).extract().path("total");
        assertEquals(4, figures);
        Response exported = given().auth().oauth2(Tokens.viewer("37")).when()
                .get("/api/v1/analytics/regions/37/figures/export?indicator=disputes.received&indicator=pufa.materials"
                        + "&year=" + YEAR + "&format=csv");
        assertEquals(200, exported.statusCode());
        List<String> rows = new String(exported.asByteArray(), StandardCharsets.UTF_8).lines().toList();
        assertEquals("\uFEFF名次,乡镇代码,乡镇,指标代码,年度,数值,来源,填报员自述,报告ID,版本,原文起,原文止", rows.get(0));
        assertEquals(1 + figures, rows.size());
        assertTrue(rows.get(1).startsWith(",370102001,甲街道,disputes.received,2021,46,引擎读数（未确认）,否," + first + ",1,"),
                rows.get(1));
        byte[] exportedXlsx = given().auth().oauth2(Tokens.viewer("37")).accept(XLSX).when()
                .get("/api/v1/analytics/regions/37/figures/export?indicator=disputes.received&indicator=pufa.materials"
                        + "&year=" + YEAR).then().statusCode(200).contentType(XLSX).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exportedXlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals(figures, sheet.getLastRowNum());
            assertEquals(46.0, sheet.getRow(1).getCell(5).getNumericCellValue());
        }

        // out of scope before anything is streamed; a format that does not exist
        given().auth().oauth2(Tokens.viewer("38")).when()
                .get("/api/v1/analytics/regions/37/figures/export?indicator=disputes.received&year=" + YEAR)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.viewer("37")).when()
                .get("/api/v1/analytics/regions/3701/totals" + query + "&format=pdf")
                .then().statusCode(400).contentType("application/problem+json");
    }

    private static PlacesChanged.Place place(String code, String parent, String level, String name) {
        return new PlacesChanged.Place(code, parent, level, null, null, null, 1,
                List.of(new PlacesChanged.Name(name, null, null)));
    }

    private UUID submit(String township, String figures) throws Exception {
        UUID reportId = UUID.randomUUID();
        String text = YEAR + "年度法治政府建设工作报告\n一、主要举措和成效\n" + figures;
        ReportSubmitted data = new ReportSubmitted(reportId, 1, township, YEAR, "年度法治政府建设工作报告", text,
                "0".repeat(64), "clerk", OffsetDateTime.parse("2022-01-10T08:00:00Z"), false, List.of("COUNTY"));
        KafkaTopics.produce("reports.submitted", township, json.writeValueAsString(new CloudEvent<>("1.0",
                UUID.randomUUID().toString(), "/report-service", EventContract.REPORT_SUBMITTED.type(), reportId.toString(),
                OffsetDateTime.now(), "application/json", data)));
        return reportId;
    }

    private static void approve(UUID reportId, String township) {
        KafkaTopics.produce("reviews.decided", township, """
                {"specversion":"1.0","id":"%s","source":"/review-service","type":"cn.fazhi.review.decided.v1",
                 "subject":"%s","time":"2022-02-01T08:00:00Z","datacontenttype":"application/json",
                 "data":{"reportId":"%s","version":1,"townshipCode":"%s","level":"COUNTY","decision":"APPROVED",
                         "finalDecision":true,"reviewer":"reviewer","commentIds":[]}}"""
                .formatted(UUID.randomUUID(), reportId, reportId, township));
    }

    private boolean processed(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from processed_event where event_id = :id")
                .setParameter("id", eventId).getSingleResult()).longValue() == 1);
    }
}
