package cn.fazhi.metrics.repository;

import cn.fazhi.metrics.Analysis;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AnalysisRepository implements PanacheRepositoryBase<Analysis, UUID> {

    public Optional<Analysis> find(UUID reportId, int version) {
        return find("reportId = ?1 and version = ?2", reportId, version).firstResultOptional();
    }

    public Optional<Analysis> latest(UUID reportId) {
        return find("reportId = ?1 order by version desc", reportId).firstResultOptional();
    }

    /** Only one version of a report is official: the others stop being so. */
    public void revokeOfficialOfOtherVersions(UUID reportId, int officialVersion) {
        update("official = false where reportId = ?1 and version <> ?2", reportId, officialVersion);
    }
}
