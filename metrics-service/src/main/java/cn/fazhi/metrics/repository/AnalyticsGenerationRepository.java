package cn.fazhi.metrics.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The counters that say when the analytics of a province and year last changed
 * ({@code analytics_generation}, V13). Moved in the transaction of the change, always in the order of
 * the key, so two transactions moving the same counters wait for each other instead of deadlocking.
 */
@ApplicationScoped
public class AnalyticsGenerationRepository {

    /** The register's counter: every answer names places and counts the townships it expects. */
    public static final String REGISTER = "00";

    private static final String MOVE_FOR_REPORTS = """
            insert into analytics_generation (province, year, generation)
            select distinct substr(township_code, 1, 2), year, 1 from analysis where report_id = any(cast(:reports as uuid[]))
            order by 1, 2
            on conflict (province, year) do update set generation = analytics_generation.generation + 1""";
    private static final String MOVE_REGISTER = """
            insert into analytics_generation (province, year, generation) values ('00', 0, 1)
            on conflict (province, year) do update set generation = analytics_generation.generation + 1""";

    private final EntityManager em;

    public AnalyticsGenerationRepository(EntityManager em) {
        this.em = em;
    }

    /** Moves the counters of the provinces and years of these reports' analyses. */
    public void moveForReports(Collection<UUID> reportIds) {
        if (reportIds.isEmpty()) {
            return;
        }
        String reports = SqlArrays.uuids(reportIds);
        em.createNativeQuery(MOVE_FOR_REPORTS).setParameter("reports", reports).executeUpdate();
    }

    /** Moves the register's counter. */
    public void moveRegister() {
        em.createNativeQuery(MOVE_REGISTER).executeUpdate();
    }

    /** Every counter, by {@link #key(String, int)}. */
    public Map<String, Long> all() {
        Map<String, Long> generations = new HashMap<>();
        for (Object row : em.createNativeQuery("select province, year, generation from analytics_generation")
                .getResultList()) {
            Object[] r = (Object[]) row;
            generations.put(key((String) r[0], ((Number) r[1]).intValue()), ((Number) r[2]).longValue());
        }
        return generations;
    }

    public static String key(String province, int year) {
        return province + ":" + year;
    }
}
