package cn.fazhi.review.repository;

import cn.fazhi.review.Place;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Places, and places with the name they bear on a day. */
@ApplicationScoped
public class PlaceRepository implements PanacheRepositoryBase<Place, String> {

    /** A place and the name it bears on the day asked for. */
    public record Named(Place place, String name) {
    }

    private static final String ON_DAY = """
            select p, n.name from Place p, PlaceName n
            where n.code = p.code
              and (p.validFrom is null or p.validFrom <= :day) and (p.validUntil is null or p.validUntil > :day)
              and (n.validFrom is null or n.validFrom <= :day) and (n.validUntil is null or n.validUntil > :day)
            """;

    /** The places under {@code parent} (the provinces for {@code null}) that exist on {@code day}. */
    public List<Named> childrenOn(String parent, LocalDate day) {
        String query = ON_DAY + (parent == null ? " and p.parentCode is null" : " and p.parentCode = :parent") + " order by p.code";
        var typed = getEntityManager().createQuery(query, Object[].class).setParameter("day", day);
        if (parent != null) {
            typed.setParameter("parent", parent);
        }
        return typed.getResultList().stream().map(row -> new Named((Place) row[0], (String) row[1])).toList();
    }

    /** The places whose parent is {@code code} and that still exist on or after {@code day}. */
    public long childrenLastingPast(String code, LocalDate day) {
        return count("parentCode = :code and (validUntil is null or validUntil > :day)",
                Parameters.with("code", code).and("day", day));
    }

    /** The places of these codes that are in the register, whatever their state. */
    public List<Place> findByCodes(Collection<String> codes) {
        List<Place> found = new ArrayList<>();
        List<String> all = List.copyOf(codes);
        for (int from = 0; from < all.size(); from += 1000) {
            found.addAll(list("code in ?1", all.subList(from, Math.min(all.size(), from + 1000))));
        }
        return found;
    }

    public long countByLevel(String level) {
        return count("level", level);
    }

    /**
     * Serialises the changes of the register (amendments, register files, the first load), so that
     * two admins cannot, say, merge a place into one that the other abolishes at the same moment.
     */
    public void lockRegister() {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtextextended('place-register', 0))")
                .getSingleResult();
    }
}
