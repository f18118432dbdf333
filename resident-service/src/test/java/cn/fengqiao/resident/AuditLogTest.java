package cn.fengqiao.resident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import cn.fengqiao.infrastructure.audit.AuditEntry;
import cn.fengqiao.infrastructure.audit.AuditLog;

/** The audit trail against the real PostgreSQL: the database itself refuses changes, and the chain shows tampering. */
@QuarkusTest
class AuditLogTest {

    @Inject
    AuditLog auditLog;

    @Inject
    EntityManager em;

    @Test
    void shouldChainEntriesSoTheTrailVerifies() {
        AuditEntry first = QuarkusTransaction.requiringNew()
                .call(() -> auditLog.record(
                        "officer", "officer", "fengqiao-station", "case 12", "read", "person/1", "granted"));
        AuditEntry second = QuarkusTransaction.requiringNew()
                .call(() -> auditLog.record(
                        "commander", "commander", "fengqiao-station", "review", "read", "person/2", "granted"));
        assertThat(second.prevHash).isEqualTo(first.hash);
        assertThat(auditLog.firstBrokenLink()).isEmpty();
    }

    @Test
    void shouldRefuseUpdateDeleteAndTruncateInTheDatabase() {
        QuarkusTransaction.requiringNew()
                .run(() -> auditLog.record("officer", "officer", null, "check", "read", "person/3", "granted"));
        for (String sql : new String[] {
            "UPDATE audit_entry SET outcome = 'denied'", "DELETE FROM audit_entry", "TRUNCATE audit_entry"
        }) {
            assertThatThrownBy(() -> QuarkusTransaction.requiringNew()
                            .run(() -> em.createNativeQuery(sql).executeUpdate()))
                    .as(sql)
                    .hasStackTraceContaining("append-only");
        }
        assertThat(QuarkusTransaction.requiringNew().call(() -> AuditEntry.count()))
                .isPositive();
    }

    @Test
    void shouldDetectAnEntryChangedBehindTheTriggersBack() {
        AuditEntry entry = QuarkusTransaction.requiringNew()
                .call(() -> auditLog.record("auxiliary", "auxiliary", null, "check", "read", "person/4", "granted"));
        // Someone with DDL rights disables the trigger and edits a line; the transaction is rolled back afterwards.
        AtomicReference<Optional<Long>> brokenWhileTampered = new AtomicReference<>();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
                    em.createNativeQuery("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update_or_delete")
                            .executeUpdate();
                    em.createNativeQuery("UPDATE audit_entry SET outcome = 'denied' WHERE seq = ?1")
                            .setParameter(1, entry.seq)
                            .executeUpdate();
                    brokenWhileTampered.set(auditLog.firstBrokenLink());
                    throw new UndoTampering();
                }))
                .isInstanceOf(UndoTampering.class);
        assertThat(brokenWhileTampered.get()).contains(entry.seq);
        assertThat(auditLog.firstBrokenLink()).isEmpty();
    }

    /** Thrown to roll the tampering back. */
    static class UndoTampering extends RuntimeException {}
}
