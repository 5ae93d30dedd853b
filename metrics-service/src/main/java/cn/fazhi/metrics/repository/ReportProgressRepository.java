package cn.fazhi.metrics.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Where each report of a campaign stands ({@code report_progress}, V12), kept from the submissions this
 * service analyzes and the review decisions it follows; read as counts by region for completeness.
 * Every write is idempotent: applying the same submission or decision again leaves the row as it was.
 */
@ApplicationScoped
public class ReportProgressRepository {

    /** Counts of one region (the first {@code length} digits of the township codes). */
    public record Counts(String group, long expected, long submitted, long onTime, long late, long inReview,
            long returned, long approved, long published, long missing) {
    }

    /** A published report: its approved version and when the publication was learnt. */
    public record Published(UUID reportId, String townshipCode, String townshipName, int year, int version,
            OffsetDateTime publishedAt) {
    }

    /** A township missing (no report) or late (first version after the deadline). */
    public record Township(String code, String name, String completeness, UUID reportId, Integer version,
            String status) {
    }

    private static final String SUBMITTED = """
            insert into report_progress (report_id, township_code, year, first_version, late, latest_version, status,
                                         submitted_at)
            values (:report, :township, :year, :version, :late, :version, 'IN_REVIEW', :at)
            on conflict (report_id) do update set
                first_version = least(report_progress.first_version, excluded.first_version),
                late = case when excluded.first_version < report_progress.first_version then excluded.late
                            else report_progress.late end,
                submitted_at = case when excluded.first_version < report_progress.first_version
                                    then excluded.submitted_at else report_progress.submitted_at end,
                status = case when excluded.latest_version > report_progress.latest_version then 'IN_REVIEW'
                              else report_progress.status end,
                latest_version = greatest(report_progress.latest_version, excluded.latest_version)""";
    private static final String DECIDED = """
            update report_progress
            set status = :status,
                published_at = case when :status = 'PUBLISHED' then coalesce(published_at, :at) else published_at end
            where report_id = :report and latest_version = :version
              and not (status = 'PUBLISHED' and :status <> 'PUBLISHED')""";
    /** A township of the register that existed at some time in the year. */
    private static final String ALIVE = """
            e.level = 'TOWNSHIP' and (e.valid_from is null or e.valid_from <= make_date(:year, 12, 31))
            and (e.valid_until is null or e.valid_until > make_date(:year, 1, 1))""";
    /**
     * Per expected township its report of the year (an index lookup each), then the reports of
     * townships the register does not expect (they count as submitted, not as expected).
     */
    private static final String COUNTS = """
            select substr(t.code, 1, :len), sum(t.expected), count(t.report_id),
                   count(*) filter (where t.report_id is not null and not t.late), count(*) filter (where t.late),
                   count(*) filter (where t.status = 'IN_REVIEW'), count(*) filter (where t.status = 'RETURNED'),
                   count(*) filter (where t.status = 'APPROVED'), count(*) filter (where t.status = 'PUBLISHED'),
                   count(*) filter (where t.expected = 1 and t.report_id is null)
            from (select e.code, 1 as expected, r.report_id, r.late, r.status
                  from place e
                  left join lateral (select r.report_id, r.late, r.status from report_progress r
                                     where r.year = :year and r.township_code = e.code
                                     order by r.submitted_at desc nulls last limit 1) r on true
                  where e.code >= :low and e.code < :high and\s""" + ALIVE + """

                  union all
                  select r.township_code, 0, r.report_id, r.late, r.status
                  from report_progress r
                  where r.year = :year and r.township_code >= :low and r.township_code < :high
                    and not exists (select 1 from place e where e.code = r.township_code and\s""" + ALIVE + """
            )) t
            group by 1 order by 1""";
    private static final String MISSING_OR_LATE = """
            select t.code, (select n.name from place_name n where n.code = (t.code collate "default")
                              and (n.valid_from is null or n.valid_from <= make_date(:year, 12, 31))
                            order by n.valid_from desc nulls last limit 1),
                   t.completeness, t.report_id, t.latest_version, t.status
            from (select e.code, 'MISSING' as completeness, null::uuid as report_id, null::integer as latest_version,
                         null::varchar as status
                  from place e
                  where e.code >= :low and e.code < :high and\s""" + ALIVE + """

                    and not exists (select 1 from report_progress r where r.year = :year and r.township_code = e.code)
                  union all
                  select r.township_code, 'LATE', r.report_id, r.latest_version, r.status
                  from report_progress r
                  where r.year = :year and r.township_code >= :low and r.township_code < :high and r.late) t
            order by t.code""";
    private static final String PUBLISHED = """
            select p.report_id, p.township_code,
                   (select n.name from place_name n where n.code = (p.township_code collate "default")
                      and (n.valid_from is null or n.valid_from <= make_date(p.year, 12, 31))
                    order by n.valid_from desc nulls last limit 1),
                   p.year, a.version, p.published_at
            from report_progress p
            join analysis a on a.report_id = p.report_id and a.official and a.published
            where p.status = 'PUBLISHED' and p.year = :year and p.township_code >= :low and p.township_code < :high
            order by p.township_code, p.report_id
            offset :offset limit :size""";
    private static final String PUBLISHED_COUNT = """
            select count(*) from report_progress p
            join analysis a on a.report_id = p.report_id and a.official and a.published
            where p.status = 'PUBLISHED' and p.year = :year and p.township_code >= :low and p.township_code < :high""";

    private final EntityManager em;

    public ReportProgressRepository(EntityManager em) {
        this.em = em;
    }

    /** Of these reports, the ones still in review, each with the version in review. */
    @SuppressWarnings("unchecked")
    public java.util.Map<UUID, Integer> inReview(java.util.Collection<UUID> reportIds) {
        if (reportIds.isEmpty()) {
            return java.util.Map.of();
        }
        List<Object[]> rows = em.createNativeQuery("select report_id, latest_version from report_progress "
                        + "where status = 'IN_REVIEW' and report_id = any(cast(:reports as uuid[]))")
                .setParameter("reports", SqlArrays.uuids(reportIds)).getResultList();
        java.util.Map<UUID, Integer> versions = new java.util.HashMap<>();
        rows.forEach(r -> versions.put((UUID) r[0], ((Number) r[1]).intValue()));
        return versions;
    }

    /** A version was submitted (and analyzed): the report is in review, its lateness that of its first version. */
    public void submitted(UUID reportId, String township, int year, int version, boolean late, OffsetDateTime at) {
        em.createNativeQuery(SUBMITTED).setParameter("report", reportId).setParameter("township", township)
                .setParameter("year", year).setParameter("version", version).setParameter("late", late)
                .setParameter("at", at).executeUpdate();
    }

    /** A final decision on the report's latest version; one on an older version changes nothing. */
    public void decided(UUID reportId, int version, String status, OffsetDateTime at) {
        em.createNativeQuery(DECIDED).setParameter("report", reportId).setParameter("version", version)
                .setParameter("status", status).setParameter("at", at).executeUpdate();
    }

    /** The region's counts for the year, grouped by the first {@code length} digits of the township codes. */
    public List<Counts> counts(RegionRange region, int year, int length) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(COUNTS).setParameter("low", region.low())
                .setParameter("high", region.high()).setParameter("year", year).setParameter("len", length)
                .getResultList();
        List<Counts> counts = new ArrayList<>();
        for (Object[] r : rows) {
            counts.add(new Counts((String) r[0], n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5]), n(r[6]), n(r[7]), n(r[8]),
                    n(r[9])));
        }
        return counts;
    }

    public List<Township> missingOrLate(RegionRange region, int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(MISSING_OR_LATE).setParameter("low", region.low())
                .setParameter("high", region.high()).setParameter("year", year).getResultList();
        List<Township> townships = new ArrayList<>();
        for (Object[] r : rows) {
            townships.add(new Township((String) r[0], (String) r[1], (String) r[2], (UUID) r[3],
                    r[4] == null ? null : ((Number) r[4]).intValue(), (String) r[5]));
        }
        return townships;
    }

    /** A page of the region's published reports of the year, by township code. */
    public List<Published> published(RegionRange region, int year, int offset, int size) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(PUBLISHED).setParameter("low", region.low())
                .setParameter("high", region.high()).setParameter("year", year).setParameter("offset", offset)
                .setParameter("size", size).getResultList();
        List<Published> published = new ArrayList<>();
        for (Object[] r : rows) {
            published.add(new Published((UUID) r[0], (String) r[1], (String) r[2], ((Number) r[3]).intValue(),
                    ((Number) r[4]).intValue(), at(r[5])));
        }
        return published;
    }

    public long publishedCount(RegionRange region, int year) {
        return n(em.createNativeQuery(PUBLISHED_COUNT).setParameter("low", region.low())
                .setParameter("high", region.high()).setParameter("year", year).getSingleResult());
    }

    private static OffsetDateTime at(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time;
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(java.time.ZoneOffset.UTC);
        }
        return value == null ? null : ((java.sql.Timestamp) value).toInstant().atOffset(java.time.ZoneOffset.UTC);
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }
}
