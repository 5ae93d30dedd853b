package cn.fazhi.review.repository;

import cn.fazhi.review.HistoryEntry;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class HistoryRepository implements PanacheRepositoryBase<HistoryEntry, UUID> {

    /** A report's history across its versions, in the order it happened. */
    public List<HistoryEntry> ofReport(UUID reportId) {
        return list("reportId", Sort.by("at"), reportId);
    }
}
