package cn.fazhi.report.repository;

import cn.fazhi.report.ReportVersion;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ReportVersionRepository implements PanacheRepositoryBase<ReportVersion, UUID> {

    public Optional<ReportVersion> find(UUID reportId, int number) {
        return find("reportId = ?1 and number = ?2", reportId, number).firstResultOptional();
    }

    /** The summaries of one report's versions, oldest first; no text is read. */
    public List<VersionSummary> summariesOf(UUID reportId) {
        return summariesOf(List.of(reportId));
    }

    /** The summaries of the versions of several reports in one query, by report then number; no text is read. */
    public List<VersionSummary> summariesOf(Collection<UUID> reportIds) {
        if (reportIds.isEmpty()) {
            return List.of();
        }
        return find("reportId in ?1", Sort.by("reportId").and("number"), reportIds)
                .project(VersionSummary.class)
                .list();
    }
}
