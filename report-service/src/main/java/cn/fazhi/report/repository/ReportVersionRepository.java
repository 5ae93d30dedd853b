package cn.fazhi.report.repository;

import cn.fazhi.report.ReportVersion;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ReportVersionRepository implements PanacheRepositoryBase<ReportVersion, UUID> {

    public List<ReportVersion> ofReport(UUID reportId) {
        return list("reportId = ?1 order by number", reportId);
    }

    public Optional<ReportVersion> find(UUID reportId, int number) {
        return find("reportId = ?1 and number = ?2", reportId, number).firstResultOptional();
    }
}
