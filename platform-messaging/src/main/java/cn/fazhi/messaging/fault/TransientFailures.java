package cn.fazhi.messaging.fault;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;

/**
 * Tells a failure that will pass by itself (the database restarting, a connection cut, two
 * transactions colliding) from one that will not (a bug, a constraint the data breaks).
 *
 * <p>One rule for the whole platform, because two places act on it: a consumer retries a
 * transient failure for as long as it lasts instead of dead-lettering a valid event, and a REST
 * request that meets one answers 503 with {@code Retry-After} instead of 500, so its client knows
 * that retrying is safe. Recognised by the JDBC class and SQLSTATE anywhere in the cause chain (and
 * among the exceptions suppressed along it), so it holds whatever Hibernate, Agroal or the
 * transaction manager wrap around the driver's exception.
 */
public final class TransientFailures {

    /** SQLSTATE classes and codes that mean "try again": connection exceptions, serialization, shutdown. */
    private static final Set<String> STATES = Set.of("40001", "40P01", "55P03", "57P01", "57P02", "57P03", "53300", "53400");

    private TransientFailures() {
    }

    public static boolean isTransient(Throwable failure) {
        return isTransient(failure, 0);
    }

    /**
     * The cause chain, and the exceptions suppressed along it: a commit the database cut off arrives
     * as a RollbackException whose driver exception is only a suppressed XAException's cause.
     */
    private static boolean isTransient(Throwable failure, int depth) {
        for (Throwable t = failure; t != null && depth < 16; t = t.getCause() == t ? null : t.getCause(), depth++) {
            if (t instanceof SQLTransientException || t instanceof SQLRecoverableException
                    || t instanceof ConnectException || t instanceof SocketTimeoutException) {
                return true;
            }
            if (t instanceof SQLException sql && isTransientState(sql.getSQLState())) {
                return true;
            }
            if (isPoolTimeout(t) || isConnectionClosed(t)) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (isTransient(suppressed, depth + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isTransientState(String state) {
        return state != null && (state.startsWith("08") || STATES.contains(state));
    }

    /** Agroal's "Acquisition timeout while waiting for new connection" carries no SQLSTATE. */
    private static boolean isPoolTimeout(Throwable t) {
        return t instanceof SQLException && t.getMessage() != null && t.getMessage().contains("Acquisition timeout");
    }

    /** Hibernate's wrapper of a connection that died under it. */
    private static boolean isConnectionClosed(Throwable t) {
        String type = t.getClass().getName();
        return type.equals("org.hibernate.exception.JDBCConnectionException")
                || type.equals("org.hibernate.exception.LockAcquisitionException")
                || type.equals("jakarta.persistence.PessimisticLockException")
                || type.equals("jakarta.persistence.LockTimeoutException");
    }
}
