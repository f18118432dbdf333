package cn.fengqiao.infrastructure.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

/** Plain unit test: which failures mean "the database is away" (503, consumers wait) rather than a bug (500). */
class DatabaseUnavailableTest {

    @Test
    void shouldRecogniseARestartingOrUnreachableDatabaseAnywhereInTheChain() {
        SQLException startingUp = new SQLException("FATAL: the database system is starting up", "57P03");
        assertThat(DatabaseUnavailable.causes(new RuntimeException("Unable to acquire JDBC Connection", startingUp)))
                .isTrue();
        assertThat(DatabaseUnavailable.causes(new SQLException("terminating connection", "57P01")))
                .isTrue();
        assertThat(DatabaseUnavailable.causes(new SQLException("connection refused", "08001")))
                .isTrue();
    }

    @Test
    void shouldRecogniseAnExhaustedPoolInEitherOfAgroalsWords() {
        // what Hibernate wraps when all connections are taken for longer than the acquisition timeout
        assertThat(DatabaseUnavailable.causes(new RuntimeException(
                        "Unable to acquire JDBC Connection", new SQLException("Sorry, acquisition timeout!"))))
                .isTrue();
        assertThat(DatabaseUnavailable.causes(new SQLException("Acquisition timeout while waiting for new connection")))
                .isTrue();
    }

    @Test
    void shouldRecogniseACommitThatLostItsConnectionThoughTheDriverErrorIsOnlySuppressed() {
        // Narayana: RollbackException("Could not commit"), the XAException and the driver's I/O error suppressed
        RuntimeException commit = new RuntimeException("ARJUNA016053: Could not commit transaction.");
        Exception xa = new Exception("Error trying to transactionCommit local transaction");
        xa.initCause(new SQLException("An I/O error occurred while sending to the backend.", "08006"));
        commit.addSuppressed(xa);
        assertThat(DatabaseUnavailable.causes(new RuntimeException("Error invoking subclass method", commit)))
                .isTrue();
    }

    @Test
    void shouldNotMistakeAnOrdinaryFailureForAnOutage() {
        assertThat(DatabaseUnavailable.causes(new SQLException("duplicate key", "23505")))
                .isFalse();
        assertThat(DatabaseUnavailable.causes(new IllegalStateException("a bug")))
                .isFalse();
        assertThat(DatabaseUnavailable.causes(new SQLException("no state"))).isFalse();
    }
}
