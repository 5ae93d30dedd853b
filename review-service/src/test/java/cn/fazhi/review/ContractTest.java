package cn.fazhi.review;

import cn.fazhi.api.contract.PlatformService;
import static io.restassured.RestAssured.given;

import cn.fazhi.testing.Contracts;
import cn.fazhi.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** This service answers every operation of its own contracts, and none of another service's. */
@QuarkusTest
class ContractTest {

    @Test
    void servesExactlyItsOwnContracts() {
        Contracts.assertServedHereOnly(PlatformService.REVIEW_SERVICE);
    }

    /** The roles on the contract are enforced here too, not only at the gateway: a portal has no queue. */
    @Test
    void theContractsRolesAreEnforcedByTheServiceItself() {
        given().auth().oauth2(Tokens.of("portal", "32", "portal")).when().get("/api/v1/reviews")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.reviewer("320684")).when().post("/api/v1/reviews/6f1c2a7e-3b59-4a53-9d55-2f0e8f6a9c11/publish")
                .then().statusCode(403).contentType("application/problem+json");
    }
}
