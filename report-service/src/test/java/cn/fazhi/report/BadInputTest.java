package cn.fazhi.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.fazhi.messaging.OutboxEvent;
import cn.fazhi.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import java.time.Year;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Whatever a client sends wrong gets a 4xx problem+json in Chinese, and nothing is stored. */
@QuarkusTest
class BadInputTest {

    static final String TOWNSHIP = "320684301";

    @Inject
    EntityManager em;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing township    | {"year":2024,"title":"t","text":"x"}                                        | townshipCode
            township too short  | {"townshipCode":"32068","year":2024,"title":"t","text":"x"}                 | townshipCode
            township with chars | {"townshipCode":"32068410A","year":2024,"title":"t","text":"x"}             | townshipCode
            missing year        | {"townshipCode":"320684301","title":"t","text":"x"}                         | year
            year before 2000    | {"townshipCode":"320684301","year":1999,"title":"t","text":"x"}             | year
            year far away       | {"townshipCode":"320684301","year":3024,"title":"t","text":"x"}             | year
            blank title         | {"townshipCode":"320684301","year":2024,"title":"  ","text":"x"}            | title
            empty text          | {"townshipCode":"320684301","year":2024,"title":"t","text":""}              | text
            year as text        | {"townshipCode":"320684301","year":"二〇二四","title":"t","text":"x"}       | year
            township as number  | {"townshipCode":{"code":1},"year":2024,"title":"t","text":"x"}              | townshipCode
            misspelt field      | {"townshipcode":"320684301","year":2024,"title":"t","text":"x"}             | townshipcode
            """)
    void aFieldProblemNamesTheField(String name, String body, String field) {
        long before = stored();
        given().auth().oauth2(Tokens.reporter(TOWNSHIP)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/reports")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("title", notNullValue())
                .body("errors.field", hasItem(field));
        assertEquals(before, stored());
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

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not JSON         | 这不是JSON
            truncated JSON   | {"townshipCode":"320684301","year":
            JSON array       | [1,2,3]
            JSON null        | null
            """)
    void aBodyThatIsNotAReportObjectIsRefused(String name, String body) {
        long before = stored();
        given().auth().oauth2(Tokens.reporter(TOWNSHIP)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/reports")
                .then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400));
        assertEquals(before, stored());
    }

    @Test
    void aFiftyMegabyteBodyIsRefused() {
        long before = stored();
        String text = "法".repeat(50 * 1024 * 1024 / 3);
        given().config(RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.protocol.expect-continue", true)))
                .auth().oauth2(Tokens.reporter(TOWNSHIP)).contentType(ContentType.JSON)
                .body("{\"townshipCode\":\"320684301\",\"year\":2024,\"title\":\"t\",\"text\":\"" + text + "\"}")
                .when().post("/api/v1/reports")
                .then().statusCode(413).contentType("application/problem+json").body("status", equalTo(413));
        assertEquals(before, stored());
    }

    @Test
    void aBodyOfAnotherMediaTypeIsRefused() {
        given().auth().oauth2(Tokens.reporter(TOWNSHIP)).contentType(ContentType.TEXT).body("正文")
                .when().post("/api/v1/reports")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void badListParametersAreRefused() {
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/reports?status=DONE")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("status"));
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/reports?size=1000")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/reports?year=abc")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aMalformedIdempotencyKeyIsRefused() {
        given().auth().oauth2(Tokens.reporter(TOWNSHIP)).header("Idempotency-Key", "x".repeat(300))
                .contentType(ContentType.JSON)
                .body("{\"townshipCode\":\"320684301\",\"year\":2024,\"title\":\"t\",\"text\":\"x\"}")
                .when().post("/api/v1/reports")
                .then().statusCode(400).contentType("application/problem+json");
    }

    private long stored() {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count()
                + (Long) em.createQuery("select count(r) from Report r").getSingleResult());
    }
}
