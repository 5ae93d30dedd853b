package cn.fazhi.review.repository;

import cn.fazhi.review.ReviewCase;
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
public class ReviewCaseRepository implements PanacheRepositoryBase<ReviewCase, UUID> {

    public Optional<ReviewCase> find(UUID reportId, int version) {
        return find("reportId = ?1 and version = ?2", reportId, version).firstResultOptional();
    }

    /** Reads the case again from the database, e.g. once its lock is held. */
    public void refresh(ReviewCase reviewCase) {
        getEntityManager().refresh(reviewCase);
    }

    /**
     * Serialises the two events of one version (submitted, analyzed), which may be consumed at
     * the same moment by different threads, so that exactly one case is created.
     */
    public void lock(UUID reportId, int version) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtextextended(:name, 0))")
                .setParameter("name", "review-case:" + reportId + ':' + version)
                .getSingleResult();
    }

    /**
     * A case with at least one finding of the severity: a JSON path query on the jsonb column,
     * which asks the findings' structure (never their text rendering); the severity is passed as
     * a path variable, not spliced into the path.
     */
    private static final String HAS_FINDING_OF_SEVERITY = "function('jsonb_path_exists', findings, "
            + "'$[*] ? (@.severity == $severity)', function('jsonb_build_object', 'severity', :severity)) = true";

    /** What a reviewer's queue may be narrowed to; {@code null} means any. */
    public record CaseFilter(ReviewCase.Status status, String township, String severity, Boolean late, String level) {
    }

    /** @param codePrefix only townships whose code starts with it; {@code null} for all */
    public PanacheQuery<ReviewCase> search(String codePrefix, CaseFilter filter, int page, int size) {
        ReviewCase.Status status = filter.status();
        String township = filter.township();
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (codePrefix != null) {
            where.add("townshipCode like :prefix");
            params.and("prefix", codePrefix + "%");
        }
        if (status != null) {
            where.add("status = :status");
            params.and("status", status);
        }
        if (township != null) {
            where.add("townshipCode = :township");
            params.and("township", township);
        }
        if (filter.level() != null) {
            where.add("level = :level");
            params.and("level", filter.level());
        }
        if (filter.late() != null) {
            where.add("late = :late");
            params.and("late", filter.late());
        }
        if (filter.severity() != null) {
            where.add(HAS_FINDING_OF_SEVERITY);
            params.and("severity", filter.severity());
        }
        return find(String.join(" and ", where), Sort.descending("openedAt"), params).page(Page.of(page, size));
    }

    private static final String WAITING = "status in ?1 and openedAt < ?2";

    /** Cases still waiting for their analysis or their submission since before the cutoff, oldest first. */
    public List<ReviewCase> waitingSince(java.time.OffsetDateTime cutoff, int limit) {
        return find(WAITING, Sort.by("openedAt").and("id"), WAITING_STATES, cutoff).range(0, limit - 1).list();
    }

    public long countWaitingSince(java.time.OffsetDateTime cutoff) {
        return count(WAITING, WAITING_STATES, cutoff);
    }

    private static final List<ReviewCase.Status> WAITING_STATES =
            List.of(ReviewCase.Status.AWAITING_ANALYSIS, ReviewCase.Status.AWAITING_SUBMISSION);
}
