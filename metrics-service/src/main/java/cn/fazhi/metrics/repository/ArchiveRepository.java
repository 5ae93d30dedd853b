package cn.fazhi.metrics.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/**
 * The archive as re-analysis reads and rewrites it: versions' texts kept with their analyses, read in
 * (report id, version) order from a cursor, and rewritten in JDBC batches (hundreds of rows a
 * transaction; the entity path would load and dirty-check each one).
 */
@ApplicationScoped
public class ArchiveRepository {

    /**
     * A stored version with what its re-analysis needs: {@code findingsDigest} what it found, or,
     * for an analysis made before digests were kept, {@code storedFindings} (its findings' JSON).
     */
    public record ArchivedVersion(UUID analysisId, UUID reportId, int version, String townshipCode, int year,
            String engineVersion, String catalogVersion, String text, String findingsDigest, String storedFindings) {
    }

    /** The new analysis of a version, to be stored over the old one. */
    public record Rewrite(UUID analysisId, String result, String engineVersion, String catalogVersion, int mentionCount,
            int indicatorCount, int findingCount, String failureReason, String findingsDigest) {
    }

    /** How many analyses in a scope can be analyzed again (their text is held) and how many cannot. */
    public record ScopeCount(long withText, long withoutText) {
    }

    private static final String SCOPE = " and (cast(:year as integer) is null or a.year = cast(:year as integer))"
            + " and a.township_code like :region";

    private final EntityManager em;

    public ArchiveRepository(EntityManager em) {
        this.em = em;
    }

    /** How many analyses in scope have their text held, and how many do not. */
    public ScopeCount countInScope(Integer year, String regionCode) {
        Object[] row = (Object[]) em.createNativeQuery("select count(a.text), count(*) - count(a.text) "
                        + "from analysis a where true" + SCOPE)
                .setParameter("year", year).setParameter("region", prefix(regionCode))
                .getSingleResult();
        return new ScopeCount(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    /**
     * The next versions in scope after the cursor (null: from the start), in (report id, version)
     * order. Two statements, not one with "cursor is null or …": the row comparison alone lets
     * PostgreSQL walk the (report_id, version) index from the cursor instead of sorting the archive.
     */
    @SuppressWarnings("unchecked")
    public List<ArchivedVersion> next(Integer year, String regionCode, UUID afterReport, Integer afterVersion, int limit) {
        String select = "select a.id, a.report_id, a.version, a.township_code, a.year, a.engine_version, "
                + "a.catalog_version, a.text, a.findings_digest, "
                + "case when a.findings_digest is null then (a.result -> 'findings')::text end "
                + "from analysis a where a.text is not null and ";
        var query = afterReport == null
                ? em.createNativeQuery(select + "true" + SCOPE + " order by a.report_id, a.version limit :limit")
                : em.createNativeQuery(select + "(a.report_id, a.version) > (:afterReport, :afterVersion)" + SCOPE
                        + " order by a.report_id, a.version limit :limit")
                        .setParameter("afterReport", afterReport).setParameter("afterVersion", afterVersion);
        List<Object[]> rows = query.setParameter("year", year).setParameter("region", prefix(regionCode))
                .setParameter("limit", limit).getResultList();
        return rows.stream().map(r -> new ArchivedVersion((UUID) r[0], (UUID) r[1], ((Number) r[2]).intValue(),
                (String) r[3], ((Number) r[4]).intValue(), (String) r[5], (String) r[6], (String) r[7], (String) r[8],
                (String) r[9])).toList();
    }

    /** Stores new analyses over the old ones, in one JDBC batch. */
    public void rewrite(List<Rewrite> rewrites, Instant at) {
        if (rewrites.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement("update analysis set result = cast(? as jsonb), "
                    + "engine_version = ?, catalog_version = ?, mention_count = ?, indicator_count = ?, finding_count = ?, "
                    + "failure_reason = ?, reanalyzed_at = ?, findings_digest = ? where id = ?")) {
                java.time.OffsetDateTime when = at.atOffset(java.time.ZoneOffset.UTC);
                for (Rewrite rewrite : rewrites) {
                    update.setString(1, rewrite.result());
                    update.setString(2, rewrite.engineVersion());
                    update.setString(3, rewrite.catalogVersion());
                    update.setInt(4, rewrite.mentionCount());
                    update.setInt(5, rewrite.indicatorCount());
                    update.setInt(6, rewrite.findingCount());
                    if (rewrite.failureReason() == null) {
                        update.setNull(7, Types.VARCHAR);
                    } else {
                        update.setString(7, rewrite.failureReason());
                    }
                    update.setObject(8, when);
                    update.setString(9, rewrite.findingsDigest());
                    update.setObject(10, rewrite.analysisId());
                    update.addBatch();
                }
                update.executeBatch();
            }
        });
    }

    private static String prefix(String regionCode) {
        return (regionCode == null ? "" : regionCode) + "%";
    }
}
