package cn.fazhi.messaging.fault;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TransientFailuresTest {

    @ParameterizedTest(name = "SQLSTATE {0} passes")
    @ValueSource(strings = {"08001", "08003", "08006", "40001", "40P01", "57P01", "57P03", "53300"})
    void connectionAndSerializationStatesPass(String state) {
        assertTrue(TransientFailures.isTransient(wrapped(new SQLException("x", state))));
    }

    @ParameterizedTest(name = "SQLSTATE {0} does not pass")
    @ValueSource(strings = {"22001", "23505", "23503", "42P01", "P0001", "22021"})
    void dataAndProgrammingStatesDoNotPass(String state) {
        assertFalse(TransientFailures.isTransient(wrapped(new SQLException("x", state))));
    }

    @Test
    void thePoolTimingOutAndAConnectionRefusedPass() {
        assertTrue(TransientFailures.isTransient(wrapped(new SQLException("Acquisition timeout while waiting for new connection"))));
        assertTrue(TransientFailures.isTransient(wrapped(new SQLTransientConnectionException("gone"))));
        assertTrue(TransientFailures.isTransient(new IllegalStateException(new ConnectException("refused"))));
    }

    /** The shape a commit cut off by a database restart takes (seen in PlatformIT's restart drill). */
    @Test
    void aCommitTheDatabaseCutOffPassesThoughItsCauseIsOnlySuppressed() {
        assertTrue(TransientFailures.isTransient(failedCommit(new SQLException(
                "FATAL: terminating connection due to administrator command", "57P01"))));
        assertFalse(TransientFailures.isTransient(failedCommit(new SQLException("value too long", "22001"))));
    }

    private static RuntimeException failedCommit(SQLException driver) {
        jakarta.transaction.RollbackException commit = new jakarta.transaction.RollbackException(
                "ARJUNA016053: Could not commit transaction.");
        javax.transaction.xa.XAException xa = new javax.transaction.xa.XAException("Error trying to transactionCommit");
        xa.initCause(driver);
        commit.addSuppressed(xa);
        return new RuntimeException("Error invoking subclass method", commit);
    }

    @Test
    void aBugDoesNotPass() {
        assertFalse(TransientFailures.isTransient(new NullPointerException()));
        assertFalse(TransientFailures.isTransient(new IllegalStateException("No match found")));
    }

    private static RuntimeException wrapped(SQLException cause) {
        return new RuntimeException("could not execute statement", new RuntimeException("jdbc", cause));
    }
}
