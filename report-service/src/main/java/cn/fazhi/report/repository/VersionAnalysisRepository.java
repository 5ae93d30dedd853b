package cn.fazhi.report.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Which versions have an analysis; those without one for too long are stuck work. */
@ApplicationScoped
public class VersionAnalysisRepository {

    private static final String RECORD = """
            insert into version_analysis (report_id, version, analyzed_at) values (:report, :version, now())
            on conflict do nothing""";
    private static final String STUCK = """
            select v.report_id, v.number, r.township_code, r.year, v.submitted_at
            from report_version v join report r on r.id = v.report_id
            left join version_analysis a on a.report_id = v.report_id and a.version = v.number
            where a.report_id is null and v.submitted_at < :cutoff
            order by v.submitted_at, v.report_id limit :limit""";
    private static final String COUNT_STUCK = """
            select count(*) from report_version v
            left join version_analysis a on a.report_id = v.report_id and a.version = v.number
            where a.report_id is null and v.submitted_at < :cutoff""";

    /** A version without an analysis since {@code since}. */
    public record Unanalyzed(UUID reportId, int version, String townshipCode, int year, OffsetDateTime since) {
    }

    private final EntityManager em;

    public VersionAnalysisRepository(EntityManager em) {
        this.em = em;
    }

    public void recordAnalyzed(UUID reportId, int version) {
        em.createNativeQuery(RECORD).setParameter("report", reportId).setParameter("version", version).executeUpdate();
    }

    public List<Unanalyzed> submittedBefore(OffsetDateTime cutoff, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(STUCK).setParameter("cutoff", cutoff).setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(r -> new Unanalyzed((UUID) r[0], ((Number) r[1]).intValue(), (String) r[2],
                ((Number) r[3]).intValue(), toOffset(r[4]))).toList();
    }

    public long countSubmittedBefore(OffsetDateTime cutoff) {
        return ((Number) em.createNativeQuery(COUNT_STUCK).setParameter("cutoff", cutoff).getSingleResult()).longValue();
    }

    private static OffsetDateTime toOffset(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time;
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(java.time.ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(java.time.ZoneOffset.UTC);
    }
}
