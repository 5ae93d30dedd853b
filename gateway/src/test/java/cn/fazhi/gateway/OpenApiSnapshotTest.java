package cn.fazhi.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The public contract as clients see it, compared with the reviewed copy in
 * {@code src/test/resources/openapi/public-api.json}. Any change of a path, parameter, schema or
 * example fails here, so it shows in review. When the change is intended, run
 * {@code ./mvnw -pl gateway -am verify -Dopenapi.snapshot.update=true} and commit the new file with it;
 * the build never updates the snapshot on its own.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class OpenApiSnapshotTest {

    private static final Path SNAPSHOT = Path.of("src/test/resources/openapi/public-api.json");
    private static final Path ACTUAL = Path.of("target/openapi/public-api.actual.json");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    @Test
    void thePublicContractIsTheReviewedOne() throws IOException {
        JsonNode actual = JSON.readTree(given().accept("application/json").when().get("/openapi")
                .then().statusCode(200).extract().asString());
        String pretty = JSON.writeValueAsString(JSON.treeToValue(actual, Object.class));
        if (Boolean.getBoolean("openapi.snapshot.update")) {
            Files.createDirectories(SNAPSHOT.getParent());
            Files.writeString(SNAPSHOT, pretty + "\n");
        }
        Files.createDirectories(ACTUAL.getParent());
        Files.writeString(ACTUAL, pretty + "\n");
        assertTrue(Files.exists(SNAPSHOT), "no snapshot yet: see this class's Javadoc");
        assertEquals(JSON.readTree(SNAPSHOT.toFile()), actual, "the public API changed: compare " + ACTUAL + " with "
                + SNAPSHOT + "; if the change is intended, update the snapshot as this class's Javadoc says");
    }
}
