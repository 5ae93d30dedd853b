package cn.fazhi.review.repository;

import cn.fazhi.review.ReviewComment;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ReviewCommentRepository implements PanacheRepositoryBase<ReviewComment, UUID> {

    /** Every comment on a case, oldest first. */
    public List<ReviewComment> ofCase(UUID caseId) {
        return list("caseId", Sort.by("createdAt"), caseId);
    }

    /** The comments made at one level of the chain: those a decision of that level carries. */
    public List<ReviewComment> ofCaseAtLevel(UUID caseId, String level) {
        return list("caseId = ?1 and level = ?2", Sort.by("createdAt"), caseId, level);
    }
}
