package cn.fazhi.metrics.repository;

import cn.fazhi.metrics.Analysis;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AnalysisRepository implements PanacheRepositoryBase<Analysis, UUID> {

    public Optional<Analysis> find(UUID reportId, int version) {
        return find("reportId = ?1 and version = ?2", reportId, version).firstResultOptional();
    }

    /** The version's analysis, locked until the transaction ends: decisions on its figures and its approval take turns. */
    public Optional<Analysis> findLocked(UUID reportId, int version) {
        return find("reportId = ?1 and version = ?2", reportId, version).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    public Optional<Analysis> latest(UUID reportId) {
        return find("reportId = ?1 order by version desc", reportId).firstResultOptional();
    }

    /** Only one version of a report is official: the others stop being so. */
    public void revokeOfficialOfOtherVersions(UUID reportId, int officialVersion) {
        update("official = false where reportId = ?1 and version <> ?2", reportId, officialVersion);
    }
}
