package cn.fazhi.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.fazhi.testing.BadInputCase;
import cn.fazhi.testing.BadInputCorpus;
import cn.fazhi.testing.SampleDocuments;
import cn.fazhi.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Year;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever a client sends wrong gets a 4xx problem+json in Chinese, and nothing is stored: the
 * report-service's cases of the platform's bad-input corpus ({@link BadInputCorpus}), each sent as
 * it is, with every table counted before and after.
 */
@QuarkusTest
class BadInputTest {

    static final String TOWNSHIP = "320684301";
    private static final List<String> TABLES = List.of("report", "report_version", "campaign", "idempotency_key",
            "outbox_event", "version_file");
    private static String reportId;

    @Inject
    EntityManager em;

    @TestHTTPResource("/")
    URI base;

    static List<BadInputCase> corpus() {
        return BadInputCorpus.cases("report-service");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachBadRequestIsRefusedAndStoresNothing(BadInputCase c) throws Exception {
        Map<String, String> placeholders = Map.of("reportId", aReport(), "missingId", UUID.randomUUID().toString());
        Map<String, Long> before = stored();
        HttpResponse<String> answer = BadInputCorpus.send(c, base, Tokens.of("corpus-" + c.role(), c.org(), c.role()),
                placeholders);
        assertNull(BadInputCorpus.mismatch(c, answer), c.name());
        assertEquals(before, stored(), "stored by " + c.name());
    }

    /** A file that must not be taken as a report, the status and problem type it is refused with. */
    record BadFile(String name, String fileName, String mediaType, int status, String type, byte[] content) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<BadFile> badFiles() {
        String sample = cn.fazhi.testing.Fixtures.report(cn.fazhi.testing.Fixtures.BAOCHANG_2024);
        byte[] docx = SampleDocuments.docxWithNumberedHeadings(sample);
        byte[] pdf = SampleDocuments.pdf(sample, false);
        String w = SampleDocuments.DOCX;
        return List.of(
                new BadFile("an empty file", "报告.docx", w, 400, "document-empty", new byte[0]),
                new BadFile("an image named .docx", "报告.docx", w, 415, "document-type-mismatch", SampleDocuments.png()),
                new BadFile("a PDF named .docx", "报告.docx", w, 415, "document-type-mismatch", pdf),
                new BadFile("a spreadsheet named .docx", "报告.docx", w, 415, "document-type-mismatch", SampleDocuments.xlsx()),
                new BadFile("a .docx declared as PDF", "报告.docx", "application/pdf", 415, "document-type-mismatch", docx),
                new BadFile("an unsupported extension", "报告.odt", "application/octet-stream", 415,
                        "document-type-unsupported", docx),
                new BadFile("a password-protected .docx", "报告.docx", w, 422, "document-encrypted",
                        SampleDocuments.encryptedDocx(docx)),
                new BadFile("a password-protected PDF", "报告.pdf", "application/pdf", 422, "document-encrypted",
                        SampleDocuments.encryptedPdf(sample)),
                new BadFile("a truncated .docx", "报告.docx", w, 422, "document-corrupted",
                        java.util.Arrays.copyOf(docx, docx.length / 2)),
                new BadFile("a truncated PDF", "报告.pdf", "application/pdf", 422, "document-corrupted",
                        java.util.Arrays.copyOf(pdf, 400)),
                new BadFile("a scanned PDF", "报告.pdf", "application/pdf", 422, "document-scanned",
                        SampleDocuments.scannedPdf(2)),
                new BadFile("a .docx with macros", "报告.docx", w, 422, "document-macros", SampleDocuments.withMacros(docx)),
                new BadFile("a macro-enabled .docm", "报告.docm", "application/vnd.ms-word.document.macroEnabled.12", 422,
                        "document-macros", docx),
                new BadFile("a zip bomb", "报告.docx", w, 422, "document-expands-too-far", SampleDocuments.zipBomb(docx, 300)),
                new BadFile("a document of a few words", "报告.docx", w, 422, "document-too-short",
                        SampleDocuments.docxWithNumberedHeadings("2024年度报告\n一、工作\n很好。")),
                new BadFile("a file one byte over 20 MB", "报告.txt", "text/plain", 413, "document-too-large",
                        new byte[20 * 1024 * 1024 + 1]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void eachBadFileIsRefusedAndStoresNothing(BadFile file) {
        Map<String, Long> before = stored();
        // Expect: 100-continue, as a browser or curl sends a large upload: refused before it is sent
        given().config(ReportUploadTest.UTF8_FORMS.httpClient(ReportUploadTest.UTF8_FORMS.getHttpClientConfig()
                        .setParam("http.protocol.expect-continue", true)))
                .auth().oauth2(Tokens.reporter(TOWNSHIP))
                .multiPart("file", file.fileName(), file.content(), file.mediaType())
                .multiPart("townshipCode", TOWNSHIP).multiPart("year", "2017").multiPart("title", "2017年度报告")
                .when().post("/api/v1/reports/files")
                .then().statusCode(file.status()).contentType("application/problem+json")
                .body("type", equalTo("https://fazhi.cn/problems/" + file.type()))
                .body("detail", org.hamcrest.Matchers.matchesPattern("(?s).*\\p{IsHan}.*"));
        assertEquals(before, stored(), "stored by " + file.name());
    }

    @Test
    void anUploadWithoutAFileOrWithAWrongFieldIsA400() {
        Map<String, Long> before = stored();
        given().auth().oauth2(Tokens.reporter(TOWNSHIP))
                .multiPart("townshipCode", TOWNSHIP).multiPart("year", "2017")
                .when().post("/api/v1/reports/files")
                .then().statusCode(400).contentType("application/problem+json");
        given().config(ReportUploadTest.UTF8_FORMS).auth().oauth2(Tokens.reporter(TOWNSHIP))
                .multiPart("file", "报告.txt", SampleDocuments.encoded("共调解纠纷46起。".repeat(40),
                        java.nio.charset.StandardCharsets.UTF_8), "text/plain")
                .multiPart("townshipCode", "3206").multiPart("year", "2017")
                .when().post("/api/v1/reports/files")
                .then().statusCode(400).contentType("application/problem+json");
        assertEquals(before, stored());
    }

    @Test
    void aChunkedUploadPastTheLimitIsRefused() {
        Map<String, Long> before = stored();
        given().auth().oauth2(Tokens.reporter(TOWNSHIP)).contentType("multipart/form-data; boundary=x")
                .body(new java.io.ByteArrayInputStream(new byte[22 * 1024 * 1024]))
                .when().post("/api/v1/reports/files")
                .then().statusCode(413).contentType("application/problem+json");
        assertEquals(before, stored());
    }

    @Test
    void anUploadDeclaredPastTheLimitIsRefusedWithAProblem() {
        Map<String, Long> before = stored();
        given().auth().oauth2(Tokens.reporter(TOWNSHIP)).contentType("multipart/form-data; boundary=x")
                .body(new byte[22 * 1024 * 1024])
                .when().post("/api/v1/reports/files")
                .then().statusCode(413).contentType("application/problem+json").body("status", equalTo(413));
        assertEquals(before, stored());
    }

    @Test
    void aChunkedBodyWithinTheLimitIsRead() {
        byte[] body = ("{\"townshipCode\":\"" + TOWNSHIP + "\",\"year\":2018,\"title\":\"2018年度报告\",\"text\":\""
                + "共调解纠纷46起。".repeat(10_000) + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        given().auth().oauth2(Tokens.reporter(TOWNSHIP)).contentType(ContentType.JSON)
                .body(new java.io.ByteArrayInputStream(body))
                .when().post("/api/v1/reports")
                .then().statusCode(201).body("year", equalTo(2018));
    }

    @Test
    void aYearAfterTheCurrentOneIsRefused() {
        int next = Year.now(ZoneId.of("Asia/Shanghai")).getValue() + 1;
        given().auth().oauth2(Tokens.reporter(TOWNSHIP)).contentType(ContentType.JSON)
                .body("{\"townshipCode\":\"320684301\",\"year\":" + next + ",\"title\":\"t\",\"text\":\"x\"}")
                .when().post("/api/v1/reports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("year"));
    }

    @Test
    void aFiftyMegabyteBodyIsRefused() {
        Map<String, Long> before = stored();
        String text = "法".repeat(50 * 1024 * 1024 / 3);
        given().config(RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.protocol.expect-continue", true)))
                .auth().oauth2(Tokens.reporter(TOWNSHIP)).contentType(ContentType.JSON)
                .body("{\"townshipCode\":\"320684301\",\"year\":2024,\"title\":\"t\",\"text\":\"" + text + "\"}")
                .when().post("/api/v1/reports")
                .then().statusCode(413).contentType("application/problem+json").body("status", equalTo(413));
        assertEquals(before, stored());
    }

    /** A stored report of the corpus's township, for the cases that address one. */
    private String aReport() {
        if (reportId == null) {
            reportId = given().auth().oauth2(Tokens.reporter(TOWNSHIP)).contentType(ContentType.JSON)
                    .body("{\"townshipCode\":\"" + TOWNSHIP + "\",\"year\":2019,\"title\":\"2019年度报告\",\"text\":\"一、主要举措\"}")
                    .when().post("/api/v1/reports").then().statusCode(201).extract().path("id");
        }
        return reportId;
    }

    private Map<String, Long> stored() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String table : TABLES) {
                counts.put(table, ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult()).longValue());
            }
            return counts;
        });
    }
}
