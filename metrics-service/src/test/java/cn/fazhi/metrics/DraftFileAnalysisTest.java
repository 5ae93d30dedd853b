package cn.fazhi.metrics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import cn.fazhi.testing.Fixtures;
import cn.fazhi.testing.SampleDocuments;
import cn.fazhi.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The draft check of a filed document: the same findings as the draft check of its text. */
@QuarkusTest
class DraftFileAnalysisTest {

    /** Multipart as a browser sends it: the file's Chinese name in UTF-8. */
    static final io.restassured.config.RestAssuredConfig UTF8_FORMS = io.restassured.config.RestAssuredConfig.config()
            .multiPartConfig(io.restassured.config.MultiPartConfig.multiPartConfig().defaultCharset("UTF-8"))
            .httpClient(io.restassured.config.HttpClientConfig.httpClientConfig()
                    .httpMultipartMode(org.apache.http.entity.mime.HttpMultipartMode.BROWSER_COMPATIBLE));


    static final String SAMPLE = Fixtures.report(Fixtures.BAOCHANG_2024);

    @Test
    void aWordDraftIsAnalyzedLikeItsText() {
        JsonPath fromFile = given().config(UTF8_FORMS).auth().oauth2(Tokens.reporter("320684104"))
                .multiPart("file", "草稿.docx", SampleDocuments.docxWithNumberedHeadings(SAMPLE), SampleDocuments.DOCX)
                .multiPart("year", "2024")
                .when().post("/api/v1/analysis/files")
                .then().statusCode(200)
                .body("source.fileName", equalTo("草稿.docx"))
                .body("source.extractor", containsString("POI"))
                .extract().jsonPath();
        String text = fromFile.getString("text");
        assertEquals(String.join("\n", SampleDocuments.paragraphs(SAMPLE)) + "\n", text);

        JsonPath fromText = given().auth().oauth2(Tokens.reporter("320684104")).contentType(ContentType.JSON)
                .body(Map.of("text", text, "year", 2024))
                .when().post("/api/v1/analysis").then().statusCode(200).extract().jsonPath();
        List<Object> outline = fromFile.getList("analysis.outline");
        assertFalse(outline.isEmpty());
        assertEquals(fromText.getList("outline"), outline);
        assertEquals(fromText.getList("sections"), fromFile.getList("analysis.sections"));
        assertEquals(fromText.getList("findings"), fromFile.getList("analysis.findings"));
    }

    @Test
    void aScannedDraftIsRefusedSayingThatNoOcrIsOffered() {
        given().config(UTF8_FORMS).auth().oauth2(Tokens.reporter("320684104"))
                .multiPart("file", "扫描件.pdf", SampleDocuments.scannedPdf(2), SampleDocuments.PDF)
                .when().post("/api/v1/analysis/files")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://fazhi.cn/problems/document-scanned"))
                .body("detail", containsString("OCR"));
    }
}
