package cn.fazhi.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.fazhi.api.contract.PlatformService;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The corpus loads, names a real service for every case, and covers every kind of refusal issue 8 lists. */
class BadInputCorpusTest {

    @Test
    void everyCaseNamesAServiceOfThePlatformAndARefusal() {
        List<BadInputCase> cases = BadInputCorpus.cases();
        Set<String> services = Arrays.stream(PlatformService.values()).map(PlatformService::serviceName)
                .collect(Collectors.toSet());
        for (BadInputCase c : cases) {
            assertTrue(services.contains(c.service()), c + " names no service of the platform");
            assertTrue(c.status() >= 400 && c.status() < 500, c + " expects no refusal");
            assertTrue(c.role() != null && c.org() != null, c + " says not who sends it");
        }
        assertTrue(cases.size() >= 100, "only " + cases.size() + " cases");
    }

    @Test
    void everyServiceAndEveryRefusalIsCovered() {
        for (PlatformService service : PlatformService.values()) {
            Set<Integer> statuses = BadInputCorpus.cases(service.serviceName()).stream().map(BadInputCase::status)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(Set.of(400, 405, 406, 413, 414, 415, 431), statuses.stream().filter(s -> s != 404).collect(Collectors.toSet()),
                    service.serviceName());
        }
    }
}
