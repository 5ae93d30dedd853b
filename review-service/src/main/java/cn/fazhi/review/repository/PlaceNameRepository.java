package cn.fazhi.review.repository;

import cn.fazhi.review.PlaceName;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The names of places over time. */
@ApplicationScoped
public class PlaceNameRepository implements PanacheRepositoryBase<PlaceName, Long> {

    private static final String IN_FORCE = "(validFrom is null or validFrom <= :day) and (validUntil is null or validUntil > :day)";

    /** The names of a place, oldest first. */
    public List<PlaceName> of(String code) {
        return list("code", Sort.by("validFrom", Sort.Direction.Ascending, Sort.NullPrecedence.NULLS_FIRST).and("id"), code);
    }

    /** The names in force on {@code day} of these codes, by code. */
    public Map<String, PlaceName> on(Collection<String> codes, LocalDate day) {
        Map<String, PlaceName> names = new HashMap<>();
        List<String> all = List.copyOf(codes);
        for (int from = 0; from < all.size(); from += 1000) {
            list("code in :codes and " + IN_FORCE, Parameters.with("codes", all.subList(from, Math.min(all.size(), from + 1000)))
                    .and("day", day)).forEach(name -> names.put(name.code, name));
        }
        return names;
    }
}
