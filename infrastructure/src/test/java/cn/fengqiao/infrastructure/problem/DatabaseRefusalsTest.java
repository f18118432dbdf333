package cn.fengqiao.infrastructure.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import jakarta.persistence.OptimisticLockException;

import org.junit.jupiter.api.Test;

/** Plain unit test: a lost race or a value the database refuses is the caller's 4xx, never a 500. */
class DatabaseRefusalsTest {

    @Test
    void shouldAnswerAVersionLostAtCommit409Or412WhenTheCallerNamedAVersion() {
        // Narayana: the flush in beforeCompletion fails, the commit reports a RollbackException around it
        RuntimeException commit = new RuntimeException("ARJUNA016053: Could not commit transaction.");
        commit.addSuppressed(new OptimisticLockException("Unexpected row count (expected row count 1 but was 0)"));
        RuntimeException wrapped = new RuntimeException("Error invoking subclass method", commit);

        assertThat(DatabaseRefusals.problemFor(wrapped, false).orElseThrow().status())
                .isEqualTo(409);
        assertThat(DatabaseRefusals.problemFor(wrapped, true).orElseThrow().status())
                .isEqualTo(412);
    }

    @Test
    void shouldAnswerSerializationFailuresDeadlocksAndTakenKeys409() {
        for (String state : new String[] {"40001", "40P01", "55P03", "23505", "23503"}) {
            SQLException refused = new SQLException("refused", state);
            assertThat(DatabaseRefusals.problemFor(new RuntimeException("could not execute statement", refused), false)
                            .orElseThrow()
                            .status())
                    .as(state)
                    .isEqualTo(409);
        }
    }

    @Test
    void shouldAnswerAValueTheDatabaseCannotStore400() {
        SQLException nul = new SQLException("invalid byte sequence for encoding \"UTF8\": 0x00", "22021");
        assertThat(DatabaseRefusals.problemFor(nul, false).orElseThrow().status())
                .isEqualTo(400);
    }

    @Test
    void shouldLeaveOtherFailuresToTheCatchAll() {
        assertThat(DatabaseRefusals.problemFor(new IllegalStateException("a bug"), false))
                .isEmpty();
        assertThat(DatabaseRefusals.problemFor(new SQLException("syntax error", "42601"), false))
                .isEmpty();
        assertThat(DatabaseRefusals.problemFor(new SQLException("no state"), false))
                .isEmpty();
    }
}
