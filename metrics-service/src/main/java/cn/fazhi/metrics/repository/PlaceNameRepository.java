package cn.fazhi.metrics.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The names of places as announced on {@code places.changed}. An announcement carries whole
 * timelines of up to 500 places; it is applied in two statements over its JSON, not row by row.
 */
@ApplicationScoped
public class PlaceNameRepository {

    private static final String DELETE_OLDER = """
            delete from place_name n
            using jsonb_to_recordset(cast(:places as jsonb)) as p(code text, revision bigint)
            where n.code = p.code and n.revision < p.revision""";
    private static final String INSERT_NEWER = """
            insert into place_name (code, name, valid_from, valid_until, revision)
            select p.code, x.name, x."validFrom", x."validUntil", p.revision
            from jsonb_to_recordset(cast(:places as jsonb)) as p(code text, revision bigint, names jsonb)
            cross join lateral jsonb_to_recordset(p.names) as x(name text, "validFrom" date, "validUntil" date)
            where not exists (select 1 from place_name n where n.code = p.code)""";
    /** The name a place (:code) took last on or before a day (:day): the one rule, asked of one place or of many. */
    private static final String NAME_AT = """
            select name from place_name
            where code = %s and (valid_from is null or valid_from <= %s)
            order by valid_from desc nulls last limit 1""";
    private static final String NAME_ON = NAME_AT.formatted(":code", ":day");
    private static final String NAMES_ON = "select r.i, (" + NAME_AT.formatted("r.code", "r.day") + ") "
            + "from unnest(cast(:codes as text[]), cast(:days as date[])) with ordinality as r(code, day, i)";

    private final EntityManager em;

    public PlaceNameRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Replaces the names of every announced place whose revision is newer than the one held (or
     * that is new); older or repeated announcements change nothing.
     *
     * @param placesJson the event's {@code places} array
     * @return how many names were written
     */
    public int apply(String placesJson) {
        em.createNativeQuery(DELETE_OLDER).setParameter("places", placesJson).executeUpdate();
        return em.createNativeQuery(INSERT_NEWER).setParameter("places", placesJson).executeUpdate();
    }

    /** The name the place took last on or before {@code day}; empty for a place not known or not yet named. */
    public Optional<String> nameOn(String code, LocalDate day) {
        @SuppressWarnings("unchecked")
        List<String> names = em.createNativeQuery(NAME_ON).setParameter("code", code).setParameter("day", day).getResultList();
        return names.stream().findFirst();
    }

    /**
     * {@link #nameOn} for many places at once, in one statement: element {@code i} is the name of
     * {@code codes[i]} on {@code days[i]}, or null.
     */
    public List<String> namesOn(List<String> codes, List<LocalDate> days) {
        String[] names = new String[codes.size()];
        if (!codes.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery(NAMES_ON)
                    .setParameter("codes", codes.toArray(String[]::new))
                    .setParameter("days", days.toArray(LocalDate[]::new)).getResultList();
            for (Object[] row : rows) {
                names[((Number) row[0]).intValue() - 1] = (String) row[1];
            }
        }
        return java.util.Arrays.asList(names);
    }

    /** The names the places took last on or before {@code day}, by code; places not known are left out. */
    public Map<String, String> namesOn(Collection<String> codes, LocalDate day) {
        List<String> ordered = List.copyOf(codes);
        List<String> found = namesOn(ordered, java.util.Collections.nCopies(ordered.size(), day));
        Map<String, String> names = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            if (found.get(i) != null) {
                names.put(ordered.get(i), found.get(i));
            }
        }
        return names;
    }
}
