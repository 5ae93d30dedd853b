package cn.fazhi.report;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Hears every SQL statement Hibernate prepares while a test listens, so that a test can say what a
 * request read from the database (tests only: it lives in the test sources).
 */
@PersistenceUnitExtension
@ApplicationScoped
public class SqlStatements implements StatementInspector {

    private final List<String> heard = new CopyOnWriteArrayList<>();
    private volatile boolean listening;

    @Override
    public String inspect(String sql) {
        if (listening) {
            heard.add(sql);
        }
        return sql;
    }

    /** The statements prepared while the action ran (by any thread: the request runs on the server's). */
    public List<String> during(Runnable action) {
        heard.clear();
        listening = true;
        try {
            action.run();
        } finally {
            listening = false;
        }
        return List.copyOf(heard);
    }
}
