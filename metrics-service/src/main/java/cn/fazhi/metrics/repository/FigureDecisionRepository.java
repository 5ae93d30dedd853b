package cn.fazhi.metrics.repository;

import cn.fazhi.metrics.FigureDecision;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class FigureDecisionRepository implements PanacheRepositoryBase<FigureDecision, UUID> {

    /** The latest decision per indicator, over the clerks' latest decisions of every version (of one year, or of all: 0). */
    private static final String LATEST_ACTIONS = """
            select code, action, count(*) from (
                select distinct on (report_id, version, code) code, action
                from figure_decision
                where :year = 0 or year = :year
                order by report_id, version, code, revision desc) latest
            group by code, action""";
    private static final String DECIDED_VERSIONS = """
            select count(*) from (select distinct report_id, version from figure_decision
                                  where :year = 0 or year = :year) decided""";

    /** The decision on an indicator of a version that counts now. */
    public Optional<FigureDecision> latest(UUID reportId, int version, String code) {
        return find("reportId = ?1 and version = ?2 and code = ?3 order by revision desc", reportId, version, code)
                .firstResultOptional();
    }

    /** The decision that counts, per indicator of the version. */
    public Map<String, FigureDecision> latestByCode(UUID reportId, int version) {
        Map<String, FigureDecision> latest = new LinkedHashMap<>();
        for (FigureDecision decision : list("reportId = ?1 and version = ?2 order by revision", reportId, version)) {
            latest.put(decision.code, decision);
        }
        return latest;
    }

    /** The decisions that count now on the versions of these reports, one per (report, version, indicator). */
    public List<FigureDecision> latestOf(java.util.Collection<UUID> reportIds) {
        if (reportIds.isEmpty()) {
            return List.of();
        }
        Map<String, FigureDecision> latest = new LinkedHashMap<>();
        for (FigureDecision decision : list("reportId in ?1 order by revision", reportIds)) {
            latest.put(decision.reportId + "/" + decision.version + "/" + decision.code, decision);
        }
        return List.copyOf(latest.values());
    }

    /**
     * How many indicators of decided versions the clerks' latest decision left in each action, by
     * indicator code and action.
     *
     * @param year a reporting year, or 0 for all
     */
    public Map<String, Map<FigureDecision.Action, Long>> latestActionCounts(int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery(LATEST_ACTIONS).setParameter("year", year)
                .getResultList();
        Map<String, Map<FigureDecision.Action, Long>> counts = new LinkedHashMap<>();
        for (Object[] row : rows) {
            counts.computeIfAbsent((String) row[0], code -> new LinkedHashMap<>())
                    .put(FigureDecision.Action.valueOf((String) row[1]), ((Number) row[2]).longValue());
        }
        return counts;
    }

    /** Versions with at least one decision (of one year, or of all: 0). */
    public long decidedVersions(int year) {
        return ((Number) getEntityManager().createNativeQuery(DECIDED_VERSIONS).setParameter("year", year)
                .getSingleResult()).longValue();
    }
}
