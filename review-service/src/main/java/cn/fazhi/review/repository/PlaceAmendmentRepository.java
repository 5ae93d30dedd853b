package cn.fazhi.review.repository;

import cn.fazhi.review.PlaceAmendment;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** The recorded changes of the register. */
@ApplicationScoped
public class PlaceAmendmentRepository implements PanacheRepositoryBase<PlaceAmendment, UUID> {

    /** The changes of a place, and those that merged another place into it, in the order recorded. */
    public List<PlaceAmendment> about(String code) {
        return list("code = ?1 or mergedInto = ?1", Sort.ascending("recordedAt", "id"), code);
    }

    /** Every change, newest first. */
    public PanacheQuery<PlaceAmendment> newestFirst(int page, int size) {
        return findAll(Sort.descending("recordedAt", "id")).page(Page.of(page, size));
    }
}
