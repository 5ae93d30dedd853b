package cn.fazhi.metrics.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The register's places with their level and lifetime, as announced on {@code places.changed}: which
 * townships a region expects a report from in a year. A newer revision of a place replaces the one
 * held; an older or repeated announcement changes nothing.
 */
@ApplicationScoped
public class PlaceRegisterRepository {

    private static final String APPLY = """
            insert into place (code, parent_code, level, valid_from, valid_until, merged_into, revision)
            select distinct on (p.code) p.code, p."parentCode", p.level, p."validFrom", p."validUntil", p."mergedInto",
                   p.revision
            from jsonb_to_recordset(cast(:places as jsonb)) as p(code text, "parentCode" text, level text,
                 "validFrom" date, "validUntil" date, "mergedInto" text, revision bigint)
            order by p.code, p.revision desc
            on conflict (code) do update
                set parent_code = excluded.parent_code, level = excluded.level, valid_from = excluded.valid_from,
                    valid_until = excluded.valid_until, merged_into = excluded.merged_into, revision = excluded.revision
                where place.revision < excluded.revision""";
    /** Townships that existed at some time in the year: not created after it, not abolished or merged before it. */
    private static final String EXPECTED = """
            select y, substr(code, 1, :len), count(*)
            from place cross join generate_series(cast(:from as integer), cast(:to as integer)) as y
            where level = 'TOWNSHIP' and code >= :low and code < :high
              and (valid_from is null or valid_from <= make_date(y, 12, 31))
              and (valid_until is null or valid_until > make_date(y, 1, 1))
            group by 1, 2""";

    private final EntityManager em;

    public PlaceRegisterRepository(EntityManager em) {
        this.em = em;
    }

    /** @param placesJson the {@code places} array of a {@code places.changed} event */
    public int apply(String placesJson) {
        return em.createNativeQuery(APPLY).setParameter("places", placesJson).executeUpdate();
    }

    /**
     * The townships expected in each year, grouped by the first {@code length} digits of their code.
     *
     * @return year → group code → townships
     */
    public Map<Integer, Map<String, Long>> expected(RegionRange region, int length, int from, int to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(EXPECTED).setParameter("len", length).setParameter("from", from)
                .setParameter("to", to).setParameter("low", region.low()).setParameter("high", region.high())
                .getResultList();
        Map<Integer, Map<String, Long>> expected = new HashMap<>();
        for (Object[] row : rows) {
            expected.computeIfAbsent(((Number) row[0]).intValue(), y -> new HashMap<>())
                    .put((String) row[1], ((Number) row[2]).longValue());
        }
        return expected;
    }
}
