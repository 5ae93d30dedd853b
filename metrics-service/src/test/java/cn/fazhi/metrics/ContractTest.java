package cn.fazhi.metrics;

import cn.fazhi.api.contract.PlatformService;
import cn.fazhi.testing.Contracts;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** This service answers every operation of its own contracts, and none of another service's. */
@QuarkusTest
class ContractTest {

    @Test
    void servesExactlyItsOwnContracts() {
        Contracts.assertServedHereOnly(PlatformService.METRICS_SERVICE);
    }
}
