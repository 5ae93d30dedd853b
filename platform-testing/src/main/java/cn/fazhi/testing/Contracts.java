package cn.fazhi.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.fazhi.api.contract.PlatformService;
import io.quarkus.arc.Arc;

/**
 * Checks, inside a running service, that it serves exactly the contracts {@link PlatformService}
 * assigns to it: the gateway routes by that assignment, so a contract implemented by the wrong
 * service (or by none) would leave public operations unanswered.
 */
public final class Contracts {

    private Contracts() {
    }

    public static void assertServedHereOnly(PlatformService self) {
        for (PlatformService service : PlatformService.values()) {
            for (Class<?> contract : service.contracts()) {
                boolean implemented = Arc.container().select(contract).isResolvable();
                if (service == self) {
                    assertTrue(implemented, self.serviceName() + " must implement " + contract.getSimpleName());
                } else {
                    assertEquals(false, implemented, contract.getSimpleName() + " belongs to " + service.serviceName()
                            + ", not to " + self.serviceName());
                }
            }
        }
    }
}
