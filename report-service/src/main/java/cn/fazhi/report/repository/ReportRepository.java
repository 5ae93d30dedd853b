package cn.fazhi.report.repository;

import cn.fazhi.api.ReportStatus;
import cn.fazhi.report.Report;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ReportRepository implements PanacheRepositoryBase<Report, UUID> {

    public Optional<Report> findByTownshipAndYear(String townshipCode, int year) {
        return find("townshipCode = ?1 and year = ?2", townshipCode, year).firstResultOptional();
    }

    /**
     * One page of reports matching the filter.
     *
     * @param codePrefix only townships whose code starts with it; {@code null} for all
     */
    public PanacheQuery<Report> search(ReportFilter filter, String codePrefix, int page, int size) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (codePrefix != null) {
            where.add("townshipCode like :prefix");
            params.and("prefix", codePrefix + "%");
        }
        if (filter.year() != null) {
            where.add("year = :year");
            params.and("year", filter.year());
        }
        if (filter.townshipCode() != null) {
            where.add("townshipCode = :township");
            params.and("township", filter.townshipCode());
        }
        if (!filter.statuses().isEmpty()) {
            where.add("status in :statuses");
            params.and("statuses", filter.statuses());
        }
        String query = where.isEmpty() ? "" : String.join(" and ", where);
        Sort sort = Sort.descending("year").and("townshipCode");
        return find(query, sort, params).page(Page.of(page, size));
    }

    /** What a list of reports may be narrowed to. */
    public record ReportFilter(Integer year, String townshipCode, List<ReportStatus> statuses) {
    }

    /** Reads the report again from the database, e.g. once its lock is held. */
    public void refresh(Report report) {
        getEntityManager().refresh(report);
    }

    /**
     * Serialises, until the transaction ends, every transaction that passes the same name; used so
     * that two submissions of one report, or two uses of one Idempotency-Key, queue instead of racing.
     */
    public void lock(String name) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtextextended(:name, 0))")
                .setParameter("name", name)
                .getSingleResult();
    }
}
