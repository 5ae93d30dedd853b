package cn.fazhi.review.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.hibernate.Session;
import org.postgresql.PGConnection;

/**
 * The register in bulk, for the national list's 44,703 places: PostgreSQL's COPY instead of one
 * insert per entity (seconds instead of minutes), and the timelines of many places in one query
 * for their announcement. Runs on the transaction's own connection, after flushing what JPA holds.
 */
@ApplicationScoped
public class PlaceBulkStore {

    /** One name of one place, with the place's state: a place has one row per name. */
    public record TimelineRow(String code, String parentCode, String level, LocalDate validFrom, LocalDate validUntil,
            String mergedInto, long revision, String name, LocalDate nameFrom, LocalDate nameUntil) {
    }

    private static final String STAGE = """
            create temporary table incoming_place (
                code varchar(9) primary key, name varchar(100) not null, parent_code varchar(9), level varchar(20) not null
            ) on commit drop""";
    private static final String NEW_CODES = """
            select i.code from incoming_place i where not exists (select 1 from place p where p.code = i.code)
            order by length(i.code), i.code""";
    private static final String INSERT_PLACES = """
            insert into place (code, parent_code, level, revision, updated_at)
            select i.code, i.parent_code, i.level, 1, now() from incoming_place i
            where not exists (select 1 from place p where p.code = i.code)
            order by length(i.code), i.code""";
    private static final String INSERT_NAMES = """
            insert into place_name (code, name)
            select i.code, i.name from incoming_place i
            where not exists (select 1 from place_name n where n.code = i.code)
            order by i.code""";
    private static final String RECORD_ADDED = """
            insert into place_amendment (id, kind, code, name, actor, recorded_at)
            select gen_random_uuid(), 'ADD', n.code, n.name, ?, now() from place_name n where n.code = any (?)""";
    private static final String TIMELINES = """
            select p.code, p.parent_code, p.level, p.valid_from, p.valid_until, p.merged_into, p.revision,
                   n.name, n.valid_from, n.valid_until
            from place p join place_name n on n.code = p.code
            where p.code = any (?)
            order by length(p.code), p.code, n.valid_from nulls first, n.id""";

    private final EntityManager em;

    public PlaceBulkStore(EntityManager em) {
        this.em = em;
    }

    /**
     * Adds the places of a CSV ({@code code,name,parent,level} and a header line; an empty parent
     * for a province) that are not in the register yet, each with its one name, existing since the
     * register began. Places already there are left as they are.
     *
     * @return the codes added, parents before children
     */
    public List<String> insertNew(Reader csv) {
        em.flush();
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute(STAGE);
                connection.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("copy incoming_place (code, name, parent_code, level) from stdin with (format csv, header true)", csv);
                List<String> added = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery(NEW_CODES)) {
                    while (rows.next()) {
                        added.add(rows.getString(1));
                    }
                }
                statement.executeUpdate(INSERT_PLACES);
                statement.executeUpdate(INSERT_NAMES);
                statement.execute("drop table incoming_place");
                return added;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the places to load", e);
            }
        });
    }

    /** Records, as amendments of a register file (no effective date), that these places were added. */
    public void recordAdded(Collection<String> codes, String actor) {
        em.flush();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(RECORD_ADDED)) {
                insert.setString(1, actor);
                insert.setArray(2, codesArray(connection, codes));
                insert.executeUpdate();
            }
        });
    }

    /** Every name of these places with the place's state, parents first, each place's names oldest first. */
    public List<TimelineRow> timelines(Collection<String> codes) {
        em.flush();
        return em.unwrap(Session.class).doReturningWork(connection -> {
            List<TimelineRow> rows = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(TIMELINES)) {
                query.setArray(1, codesArray(connection, codes));
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        rows.add(new TimelineRow(row.getString(1), row.getString(2), row.getString(3),
                                row.getObject(4, LocalDate.class), row.getObject(5, LocalDate.class), row.getString(6),
                                row.getLong(7), row.getString(8), row.getObject(9, LocalDate.class),
                                row.getObject(10, LocalDate.class)));
                    }
                }
            }
            return rows;
        });
    }

    private static Array codesArray(Connection connection, Collection<String> codes) throws SQLException {
        return connection.createArrayOf("varchar", codes.toArray());
    }
}
