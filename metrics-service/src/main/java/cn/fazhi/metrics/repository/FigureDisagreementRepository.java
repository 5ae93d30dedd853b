package cn.fazhi.metrics.repository;

import cn.fazhi.metrics.FigureDisagreement;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class FigureDisagreementRepository implements PanacheRepositoryBase<FigureDisagreement, UUID> {

    /** One page of what a run flagged, in a stable order (township, year, report, version, indicator). */
    public List<FigureDisagreement> page(UUID reanalysisId, int page, int size) {
        return find("reanalysisId", Sort.by("townshipCode").and("year").and("reportId").and("version").and("code"),
                reanalysisId).page(Page.of(page, size)).list();
    }

    public long countFor(UUID reanalysisId) {
        return count("reanalysisId", reanalysisId);
    }
}
