package cn.fazhi.metrics.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.hibernate.jpa.HibernateHints;

/**
 * The township figures the analytics read ({@code township_figure}, V12): rewritten per report by the
 * database function {@code refresh_township_figures} in the transaction of each change, and read as
 * index range scans over (basis, indicator, year, township code), grouped by a prefix of the code for
 * a region and its children.
 */
@ApplicationScoped
public class TownshipFigureRepository {

    /** Which figures a query reads: a basis, and for a portal only those of published reports. */
    public record Scope(String basis, boolean publishedOnly) {
    }

    /** One indicator of one year over the townships whose code starts with {@code group}. */
    public record Aggregate(String code, int year, String group, BigDecimal sum, long count, BigDecimal min,
            BigDecimal median, BigDecimal max, long engineOnly) {
    }

    /** The parts of a rate summed over the townships that stated both (denominator above 0). */
    public record RateParts(int year, String group, BigDecimal numerator, BigDecimal denominator, long townships) {
    }

    /** One township's figure that counts, with where it came from. */
    public record Figure(String townshipCode, String townshipName, String code, int year, BigDecimal value,
            String source, boolean clerkStated, UUID reportId, int version, Integer evidenceStart, Integer evidenceEnd,
            Integer rank) {
    }

    private static final String IN_SCOPE = """
            f.basis = :basis and f.year in (:years) and f.township_code >= :low and f.township_code < :high
            and (f.published or not cast(:publishedOnly as boolean))""";
    private static final String AGGREGATES = """
            select f.code, f.year, substr(f.township_code, 1, :len), sum(f.value), count(*), min(f.value),
                   percentile_cont(0.5) within group (order by f.value), max(f.value),
                   count(*) filter (where f.source = 'ENGINE')
            from township_figure f
            where f.code in (:codes) and\s""" + IN_SCOPE + """

            group by 1, 2, 3""";
    /**
     * Each township's two parts side by side in one pass over both indicators' index ranges (a join of
     * the two ranges cost a lookup per township), then summed over the townships that stated both.
     */
    private static final String RATE_PARTS = """
            select p.year, substr(p.township_code, 1, :len), sum(p.numerator), sum(p.denominator), count(*)
            from (select f.year, f.township_code, max(f.value) filter (where f.code = :numerator) as numerator,
                         max(f.value) filter (where f.code = :denominator) as denominator
                  from township_figure f
                  where f.code in (:numerator, :denominator) and\s""" + IN_SCOPE + """

                  group by f.year, f.township_code) p
            where p.numerator is not null and p.denominator > 0
            group by 1, 2""";
    private static final String COLUMNS = """
            f.township_code, (select n.name from place_name n where n.code = (f.township_code collate "default")
                                and (n.valid_from is null or n.valid_from <= make_date(f.year, 12, 31))
                              order by n.valid_from desc nulls last limit 1),
            f.code, f.year, f.value, f.source, f.clerk_stated, f.report_id, f.version, f.evidence_start, f.evidence_end""";
    /** The ranking itself reads the index only; the names are looked up for the ranked townships alone. */
    private static final String RANKING = "select " + COLUMNS + ", f.rank from (select f.*,"
            + " rank() over (order by f.value %s) as rank from township_figure f where f.code = :code and " + IN_SCOPE
            + " order by f.value %<s fetch first :limit rows with ties) f";
    private static final String PAGE = "select " + COLUMNS + ", null from township_figure f where f.code in (:codes) and "
            + IN_SCOPE + " order by f.township_code, f.code, f.year offset :offset limit :size";
    private static final String ALL = "select " + COLUMNS + ", null from township_figure f where f.code in (:codes) and "
            + IN_SCOPE + " order by f.township_code, f.code, f.year";
    private static final String PUBLISHED_OF = "select " + COLUMNS + ", null from township_figure f"
            + " where f.basis = 'OFFICIAL' and f.published and f.report_id in (:reports)"
            + " order by f.township_code, f.code, f.year";
    private static final String COUNT = "select count(*) from township_figure f where f.code in (:codes) and " + IN_SCOPE;
    private static final String DIFFERENCE = """
            select count(*) from (
                select basis, year, code, township_code, report_id, version, value, source, clerk_stated,
                       evidence_start, evidence_end, published
                from %s
                except
                select basis, year, code, township_code, report_id, version, value, source, clerk_stated,
                       evidence_start, evidence_end, published
                from %s) difference""";
    private static final String KEPT = """
            (select * from township_figure where year = :year and township_code >= :low and township_code < :high) kept""";
    private static final String RECOMPUTED = """
            (select * from counted_figures(array(select report_id from analysis
                                                 where year = :year and township_code collate "C" >= :low
                                                   and township_code collate "C" < :high))
             where year = :year) recomputed""";

    private final EntityManager em;

    public TownshipFigureRepository(EntityManager em) {
        this.em = em;
    }

    /** Rewrites the figures of these reports from their analyses and decisions (V12's refresh_township_figures). */
    public void refresh(Collection<UUID> reportIds) {
        if (reportIds.isEmpty()) {
            return;
        }
 // the entities changed in this transaction (an approval's flag, a new analysis) first
        em.flush();
        String reports = SqlArrays.uuids(reportIds);
        em.createNativeQuery("select count(*) from (select refresh_township_figures(cast(:reports as uuid[]))) refreshed")
                .setParameter("reports", reports).getSingleResult();
    }

    /** Each indicator and year over the region, grouped by the first {@code length} digits of the township code. */
    public List<Aggregate> aggregates(Scope scope, Collection<String> codes, RegionRange region, int length, int from,
            int to) {
        Query query = scoped(em.createNativeQuery(AGGREGATES), scope, region, from, to).setParameter("codes", codes)
                .setParameter("len", length);
        List<Aggregate> aggregates = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            aggregates.add(new Aggregate((String) r[0], ((Number) r[1]).intValue(), (String) r[2], (BigDecimal) r[3],
                    ((Number) r[4]).longValue(), (BigDecimal) r[5], decimal(r[6]), (BigDecimal) r[7],
                    ((Number) r[8]).longValue()));
        }
        return aggregates;
    }

    /** A rate's parts over the region, grouped like {@link #aggregates}. */
    public List<RateParts> rateParts(Scope scope, String numerator, String denominator, RegionRange region, int length,
            int from, int to) {
        Query query = scoped(em.createNativeQuery(RATE_PARTS), scope, region, from, to)
                .setParameter("numerator", numerator).setParameter("denominator", denominator).setParameter("len", length);
        List<RateParts> parts = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            parts.add(new RateParts(((Number) r[0]).intValue(), (String) r[1], (BigDecimal) r[2], (BigDecimal) r[3],
                    ((Number) r[4]).longValue()));
        }
        return parts;
    }

    /** The townships of the region ranked on one indicator of one year; ties at the last place all included. */
    public List<Figure> ranking(Scope scope, String code, RegionRange region, int year, boolean highestFirst, int limit) {
        Query query = scoped(em.createNativeQuery(RANKING.formatted(highestFirst ? "desc" : "asc")), scope, region, year,
                year).setParameter("code", code).setParameter("limit", limit);
        return figures(query.getResultList());
    }

    /** A page of the region's figures, by township code, indicator and year. */
    public List<Figure> page(Scope scope, Collection<String> codes, RegionRange region, int from, int to, int offset,
            int size) {
        Query query = scoped(em.createNativeQuery(PAGE), scope, region, from, to).setParameter("codes", codes)
                .setParameter("offset", offset).setParameter("size", size);
        return figures(query.getResultList());
    }

    /**
     * All the region's figures in the order of {@link #page}, read through a database cursor a few
     * thousand rows at a time (the caller holds the transaction and closes the stream).
     */
    public Stream<Figure> stream(Scope scope, Collection<String> codes, RegionRange region, int from, int to) {
        Query query = scoped(em.createNativeQuery(ALL), scope, region, from, to).setParameter("codes", codes)
                .setHint(HibernateHints.HINT_FETCH_SIZE, 2000).setHint(HibernateHints.HINT_READ_ONLY, true);
        @SuppressWarnings("unchecked")
        Stream<Object> rows = query.getResultStream();
        return rows.map(row -> figure((Object[]) row));
    }

    /** The official, published figures of these reports, by township code and indicator. */
    public List<Figure> publishedOf(Collection<UUID> reportIds) {
        if (reportIds.isEmpty()) {
            return List.of();
        }
        return figures(em.createNativeQuery(PUBLISHED_OF).setParameter("reports", reportIds).getResultList());
    }

    public long count(Scope scope, Collection<String> codes, RegionRange region, int from, int to) {
        return ((Number) scoped(em.createNativeQuery(COUNT), scope, region, from, to).setParameter("codes", codes)
                .getSingleResult()).longValue();
    }

    /** How many figures are kept for the region and year (both bases). */
    public long kept(RegionRange region, int year) {
        return count("select count(*) from " + KEPT, region, year);
    }

    /** How many figures the analyses and decisions of the region and year give (both bases). */
    public long recomputed(RegionRange region, int year) {
        return count("select count(*) from " + RECOMPUTED, region, year);
    }

    /** Kept figures that the recomputation does not give exactly. */
    public long stale(RegionRange region, int year) {
        return count(DIFFERENCE.formatted(KEPT, RECOMPUTED), region, year);
    }

    /** Recomputed figures that are not kept exactly. */
    public long missing(RegionRange region, int year) {
        return count(DIFFERENCE.formatted(RECOMPUTED, KEPT), region, year);
    }

    private long count(String sql, RegionRange region, int year) {
        return ((Number) em.createNativeQuery(sql).setParameter("year", year).setParameter("low", region.low())
                .setParameter("high", region.high()).getSingleResult()).longValue();
    }

    private static Query scoped(Query query, Scope scope, RegionRange region, int from, int to) {
        // the years as a list, not a range: each year is then an equality in the index (basis, code, year,
        // township_code), so the region's code range bounds the scan instead of filtering every township
        List<Integer> years = new ArrayList<>(to - from + 1);
        for (int year = from; year <= to; year++) {
            years.add(year);
        }
        return query.setParameter("basis", scope.basis()).setParameter("publishedOnly", scope.publishedOnly())
                .setParameter("years", years).setParameter("low", region.low())
                .setParameter("high", region.high());
    }

    private static List<Figure> figures(List<?> rows) {
        List<Figure> figures = new ArrayList<>();
        for (Object row : rows) {
            figures.add(figure((Object[]) row));
        }
        return figures;
    }

    private static Figure figure(Object[] r) {
        return new Figure((String) r[0], (String) r[1], (String) r[2], ((Number) r[3]).intValue(),
                (BigDecimal) r[4], (String) r[5], (Boolean) r[6], (UUID) r[7], ((Number) r[8]).intValue(),
                r[9] == null ? null : ((Number) r[9]).intValue(), r[10] == null ? null : ((Number) r[10]).intValue(),
                r[11] == null ? null : ((Number) r[11]).intValue());
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? null : new BigDecimal(value.toString());
    }
}
