package cn.fazhi.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.fazhi.testing.BadInputCase;
import cn.fazhi.testing.BadInputCorpus;
import cn.fazhi.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The metrics-service's cases of the platform's bad-input corpus ({@link BadInputCorpus}): each
 * refused with a 4xx problem+json in Chinese, and no analysis, figure decision or outbox row stored.
 */
@QuarkusTest
class BadInputTest {

    private static final List<String> TABLES = List.of("analysis", "figure_decision", "outbox_event");

    @Inject
    EntityManager em;

    @TestHTTPResource("/")
    URI base;

    static List<BadInputCase> corpus() {
        return BadInputCorpus.cases("metrics-service");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachBadRequestIsRefusedAndStoresNothing(BadInputCase c) throws Exception {
        Map<String, Long> before = stored();
        HttpResponse<String> answer = BadInputCorpus.send(c, base, Tokens.of("corpus-" + c.role(), c.org(), c.role()),
                Map.of("missingId", UUID.randomUUID().toString()));
        assertNull(BadInputCorpus.mismatch(c, answer), c.name());
        assertEquals(before, stored(), "stored by " + c.name());
    }

    private Map<String, Long> stored() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String table : TABLES) {
                counts.put(table, ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult()).longValue());
            }
            return counts;
        });
    }
}
