package cn.fazhi.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import cn.fazhi.testing.Tokens;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A list of reports shows each version's summary, read in one query that never touches a version's text. */
@QuarkusTest
class ReportListTest {

    static final String TOWNSHIP = "320684220";
    private static final Pattern TEXT_COLUMN = Pattern.compile("\\btext\\b");

    @Inject
    @PersistenceUnitExtension
    SqlStatements sql;

    @Test
    void theListReadsVersionSummariesInOneQueryWithoutTheirTexts() {
        for (int year = 2016; year <= 2018; year++) {
            given().auth().oauth2(Tokens.reporter(TOWNSHIP)).contentType(ContentType.JSON)
                    .body(Map.of("townshipCode", TOWNSHIP, "year", year, "title", year + "年度报告",
                            "text", "调解纠纷46起。".repeat(20_000)))
                    .when().post("/api/v1/reports").then().statusCode(201);
        }

        List<String> statements = sql.during(() -> given().auth().oauth2(Tokens.reviewer("320684"))
                .when().get("/api/v1/reports?township=" + TOWNSHIP)
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.year", equalTo(List.of(2018, 2017, 2016)))
                .body("items.versions.length", equalTo(List.of(List.of(160_000), List.of(160_000), List.of(160_000)))));

        List<String> versionQueries = statements.stream().filter(s -> s.contains("report_version")).toList();
        assertEquals(1, versionQueries.size(), "one query for the versions of the whole page: " + versionQueries);
        assertFalse(TEXT_COLUMN.matcher(versionQueries.get(0)).find(), "reads the texts: " + versionQueries.get(0));
    }
}
