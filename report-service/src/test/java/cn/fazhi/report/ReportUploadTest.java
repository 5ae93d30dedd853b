package cn.fazhi.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.fazhi.testing.Fixtures;
import cn.fazhi.testing.KafkaTopics;
import cn.fazhi.testing.SampleDocuments;
import cn.fazhi.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.Charset;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * A report filed as a document: its text read as a person sees it becomes the version's text, the
 * file is kept byte for byte and downloadable by whoever may read the version, and the version
 * says where its text came from.
 */
@QuarkusTest
class ReportUploadTest {

    /** Multipart as a browser sends it: the file's Chinese name in UTF-8. */
    static final io.restassured.config.RestAssuredConfig UTF8_FORMS = io.restassured.config.RestAssuredConfig.config()
            .multiPartConfig(io.restassured.config.MultiPartConfig.multiPartConfig().defaultCharset("UTF-8"))
            .httpClient(io.restassured.config.HttpClientConfig.httpClientConfig()
                    .httpMultipartMode(org.apache.http.entity.mime.HttpMultipartMode.BROWSER_COMPATIBLE));


    static final String SAMPLE = Fixtures.report(Fixtures.BAOCHANG_2024);
    static final String DOCX_NAME = "包场镇2024年度法治政府建设工作报告.docx";

    @Test
    void aWordReportIsReadWithItsNumberedHeadingsAndKeptAsFiled() throws Exception {
        String township = "320684111";
        byte[] docx = SampleDocuments.docxWithNumberedHeadings(SAMPLE);
        String id = given().config(UTF8_FORMS).auth().oauth2(Tokens.reporter(township))
                .multiPart("file", DOCX_NAME, docx, SampleDocuments.DOCX)
                .multiPart("townshipCode", township)
                .multiPart("year", "2024")
                .when().post("/api/v1/reports/files")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/reports/"))
                .body("title", equalTo("2024年度包场镇法治政府建设工作报告"))
                .body("versions", hasSize(1))
                .extract().path("id");

        String expectedText = String.join("\n", SampleDocuments.paragraphs(SAMPLE)) + "\n";
        given().auth().oauth2(Tokens.reviewer("320684"))
                .when().get("/api/v1/reports/{id}/versions/1", id)
                .then().statusCode(200)
                .body("text", equalTo(expectedText))
                .body("source.fileName", equalTo(DOCX_NAME))
                .body("source.mediaType", equalTo(SampleDocuments.DOCX))
                .body("source.sizeBytes", equalTo(docx.length))
                .body("source.sha256", equalTo(sha256(docx)))
                .body("source.extractor", startsWith("Apache POI XWPF"))
                .body("source.warnings", hasSize(0))
                .body("source.href", equalTo("/api/v1/reports/" + id + "/versions/1/file"));

        Response download = given().auth().oauth2(Tokens.viewer("320684"))
                .when().get("/api/v1/reports/{id}/versions/1/file", id);
        download.then().statusCode(200)
                .contentType(SampleDocuments.DOCX)
                .header("Content-Disposition", equalTo("attachment; filename=\"___2024____________.docx\"; "
                        + "filename*=UTF-8''%E5%8C%85%E5%9C%BA%E9%95%872024%E5%B9%B4%E5%BA%A6%E6%B3%95%E6%B2%BB%E6%94%BF"
                        + "%E5%BA%9C%E5%BB%BA%E8%AE%BE%E5%B7%A5%E4%BD%9C%E6%8A%A5%E5%91%8A.docx"));
        assertArrayEquals(docx, download.asByteArray());

        KafkaTopics.read("reports.submitted", seen -> seen.stream().anyMatch(r -> r.value().contains(id)
                && r.value().contains("（一）强化依法决策机制")), Duration.ofSeconds(30));

        given().auth().oauth2(Tokens.reviewer("320685")).when().get("/api/v1/reports/{id}/versions/1/file", id)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.of("portal-1", "320684", "portal"))
                .when().get("/api/v1/reports/{id}/versions/1/file", id)
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void aGbkTextFileIsDecodedAndItsEncodingReported() {
        String township = "320684112";
        byte[] gbk = SampleDocuments.encoded(SAMPLE, Charset.forName("GBK"));
        String id = given().config(UTF8_FORMS).auth().oauth2(Tokens.reporter(township))
                .multiPart("file", "报告.txt", gbk, "text/plain")
                .multiPart("townshipCode", township).multiPart("year", "2024")
                .multiPart("title", "2024年度包场镇法治政府建设工作报告")
                .when().post("/api/v1/reports/files")
                .then().statusCode(201).extract().path("id");

        given().auth().oauth2(Tokens.reporter(township)).when().get("/api/v1/reports/{id}/versions/1", id)
                .then().statusCode(200)
                .body("text", equalTo(SAMPLE))
                .body("source.encoding", equalTo("GB18030"))
                .body("source.mediaType", equalTo("text/plain"));
        assertArrayEquals(gbk, given().auth().oauth2(Tokens.reporter(township))
                .when().get("/api/v1/reports/{id}/versions/1/file", id).then().statusCode(200)
                .contentType(containsString("text/plain")).extract().asByteArray());
    }

    @Test
    void aPdfWithAScannedPageSaysThePageWasSkipped() {
        String township = "320684113";
        String id = given().config(UTF8_FORMS).auth().oauth2(Tokens.reporter(township))
                .multiPart("file", "report.pdf", SampleDocuments.pdf(SAMPLE, true), SampleDocuments.PDF)
                .multiPart("townshipCode", township).multiPart("year", "2024")
                .multiPart("title", "2024年度包场镇法治政府建设工作报告")
                .when().post("/api/v1/reports/files")
                .then().statusCode(201).extract().path("id");

        given().auth().oauth2(Tokens.reporter(township)).when().get("/api/v1/reports/{id}/versions/1", id)
                .then().statusCode(200)
                .body("source.extractor", startsWith("Apache PDFBox"))
                .body("source.warnings", hasSize(1))
                .body("source.warnings[0]", containsString("只有图像"));
    }

    @Test
    void aReturnedReportIsRevisedWithAWordFile() {
        String township = "320684114";
        String clerk = Tokens.reporter(township);
        String id = given().config(UTF8_FORMS).auth().oauth2(clerk)
                .multiPart("file", "v1.txt", SampleDocuments.encoded(SAMPLE, Charset.forName("UTF-8")), "text/plain")
                .multiPart("townshipCode", township).multiPart("year", "2024").multiPart("title", "2024年度报告")
                .when().post("/api/v1/reports/files")
                .then().statusCode(201).extract().path("id");
        KafkaTopics.produce("reviews.decided", township, ReviewDecidedConsumerTest.decided(UUID.randomUUID().toString(),
                id, 1, township, "COUNTY", "RETURNED", true));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "RETURNED".equals(given().auth()
                .oauth2(Tokens.admin()).when().get("/api/v1/reports/{id}", id).then().extract().path("status")));

        byte[] docx = SampleDocuments.docxWithNumberedHeadings(SAMPLE);
        given().config(UTF8_FORMS).auth().oauth2(clerk).multiPart("file", "v2.docx", docx, SampleDocuments.DOCX)
                .when().post("/api/v1/reports/{id}/versions/files", id)
                .then().statusCode(201)
                .header("Location", containsString("/versions/2"))
                .body("latestVersion", equalTo(2))
                .body("title", equalTo("2024年度包场镇法治政府建设工作报告"));
        assertArrayEquals(docx, given().auth().oauth2(clerk).when().get("/api/v1/reports/{id}/versions/2/file", id)
                .then().statusCode(200).extract().asByteArray());
        given().auth().oauth2(clerk).when().get("/api/v1/reports/{id}/versions/1/file", id)
                .then().statusCode(200).body(equalTo(SAMPLE));
    }

    @Test
    void aVersionSubmittedAsTextHasNoFile() {
        String township = "320684115";
        String id = given().auth().oauth2(Tokens.reporter(township)).contentType("application/json")
                .body(ReportSubmissionTest.report(township, 2024, SAMPLE))
                .when().post("/api/v1/reports").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.reporter(township)).when().get("/api/v1/reports/{id}/versions/1", id)
                .then().statusCode(200).body("source", equalTo(null));
        given().auth().oauth2(Tokens.reporter(township)).when().get("/api/v1/reports/{id}/versions/1/file", id)
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("以文本提交"));
    }

    static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
