package cn.fazhi.gateway.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.fazhi.api.contract.PlatformService;
import cn.fazhi.gateway.service.RouteTable.Found;
import cn.fazhi.gateway.service.RouteTable.MethodNotAllowed;
import cn.fazhi.gateway.service.RouteTable.NoSuchPath;
import cn.fazhi.gateway.service.RouteTable.Operation;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The routes the gateway reads from the contracts: each request reaches the service that implements it. */
class RouteTableTest {

    private final RouteTable routes = new RouteTable();

    @Test
    void eachOperationGoesToTheServiceThatDeclaresIt() {
        assertEquals(PlatformService.REPORT_SERVICE, found("POST", "/api/v1/reports").service());
        assertEquals(PlatformService.REPORT_SERVICE, found("GET", "/api/v1/reports/6f1c2a7e-3b59-4a53-9d55-2f0e8f6a9c11/versions/2").service());
        assertEquals(PlatformService.METRICS_SERVICE, found("GET", "/api/v1/reports/x/versions/2/analysis").service());
        assertEquals(PlatformService.METRICS_SERVICE, found("GET", "/api/v1/reports/x/analysis").service());
        assertEquals(PlatformService.REVIEW_SERVICE, found("GET", "/api/v1/reports/x/versions/2/review").service());
        assertEquals(PlatformService.REVIEW_SERVICE, found("GET", "/api/v1/reports/x/history").service());
        assertEquals(PlatformService.REPORT_SERVICE, found("GET", "/api/v1/reports/x/diff").service());
        assertEquals(PlatformService.REVIEW_SERVICE, found("POST", "/api/v1/reviews/x/approve").service());
        assertEquals(PlatformService.REVIEW_SERVICE, found("GET", "/api/v1/places/320614").service());
        assertEquals(PlatformService.REPORT_SERVICE, found("PUT", "/api/v1/campaigns/2024").service());
        assertEquals(PlatformService.METRICS_SERVICE, found("GET", "/api/v1/indicators/catalog").service());
    }

    @Test
    void theRolesAreTheContractsOwn() {
        assertEquals(Set.of("admin"), found("POST", "/api/v1/reviews/x/publish").roles());
        assertEquals(Set.of("reporter", "portal", "admin"), found("POST", "/api/v1/reports").roles());
        assertFalse(found("GET", "/api/v1/reviews").roles().contains("portal"));
    }

    @Test
    void unknownPathsAndMethodsAreTold() {
        assertInstanceOf(NoSuchPath.class, routes.resolve("GET", "/api/v1/nothing"));
        assertInstanceOf(NoSuchPath.class, routes.resolve("GET", "/api/v1/reports/x/versions/2/analysis/more"));
        MethodNotAllowed refused = assertInstanceOf(MethodNotAllowed.class, routes.resolve("DELETE", "/api/v1/reports/x"));
        assertEquals(Set.of("GET"), refused.allowed());
    }

    @Test
    void noTwoOperationsShareAMethodAndPath() {
        Set<String> seen = new HashSet<>();
        for (Operation operation : routes.operations()) {
            String key = operation.method() + " " + operation.template().replaceAll("\\{[^}]+}", "{}");
            assertTrue(seen.add(key), "declared twice: " + key);
            assertFalse(operation.roles().isEmpty(), key + " says nobody may call it");
        }
        assertTrue(routes.operations().size() >= 26, "every public operation is routed: " + routes.operations().size());
    }

    private Operation found(String method, String path) {
        return assertInstanceOf(Found.class, routes.resolve(method, path), method + " " + path).operation();
    }
}
