package cn.fazhi.report.repository;

import cn.fazhi.report.VersionFile;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class VersionFileRepository implements PanacheRepositoryBase<VersionFile, UUID> {

    /** What a version's view shows of its file, without reading the bytes. */
    public Optional<VersionFileSummary> summaryOf(UUID versionId) {
        return find("versionId", versionId).project(VersionFileSummary.class).firstResultOptional();
    }
}
