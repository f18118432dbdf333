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
    void shouldNotMistakeAnOrdinaryFailureForAnOutage() {
        assertThat(DatabaseUnavailable.causes(new SQLException("duplicate key", "23505")))
                .isFalse();
        assertThat(DatabaseUnavailable.causes(new IllegalStateException("a bug")))
                .isFalse();
        assertThat(DatabaseUnavailable.causes(new SQLException("no state"))).isFalse();
    }
}
