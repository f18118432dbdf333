package cn.fengqiao.resident;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.startsWith;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

import cn.fengqiao.infrastructure.audit.AuditEntry;
import cn.fengqiao.infrastructure.audit.AuditLog;
import cn.fengqiao.infrastructure.testing.KeycloakTokens;

/** The auditor's view of the audit log with a real token: query, CSV export, and the chain check that finds tampering. */
@QuarkusTest
class AuditResourceTest {

    @Inject
    AuditLog auditLog;

    @Inject
    EntityManager em;

    static RequestSpecification auditor() {
        return given().auth().oauth2(KeycloakTokens.of("auditor"));
    }

    @Test
    void shouldLetTheAuditorQueryAndExportTheLogAndAuditThoseReadsToo() {
        String subject = "person/audit-" + System.nanoTime();
        QuarkusTransaction.requiringNew()
                .run(() -> auditLog.record(
                        "officer", "officer", "fengqiao-station", "核查", "read", subject, "denied: test"));

        auditor()
                .get("/api/audit?subject=" + subject)
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].actor", equalTo("officer"))
                .body("items[0].purpose", equalTo("核查"));
        auditor()
                .get("/api/audit?outcome=denied&size=100")
                .then()
                .body("items.outcome", everyItem(startsWith("denied")));
        String csv = auditor()
                .get("/api/audit/export")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/csv"))
                .extract()
                .asString();
        assertThat(csv).startsWith("seq,at,actor").contains(subject);
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> AuditEntry.count("actor = 'auditor' AND action = 'export audit log'")))
                .isPositive();
        given().auth()
                .oauth2(KeycloakTokens.of("commander"))
                .get("/api/audit")
                .then()
                .statusCode(403);
    }

    @Test
    void shouldReportTheFirstEntryChangedInTheDatabaseDirectly() {
        AuditEntry entry = QuarkusTransaction.requiringNew()
                .call(() -> auditLog.record("auxiliary", "auxiliary", null, "check", "read", "person/5", "granted"));
        auditor().get("/api/audit/verification").then().statusCode(200).body("intact", equalTo(true));
        try {
            setOutcome(entry.seq, "denied"); // someone with DDL rights edits a line behind the trigger's back
            auditor()
                    .get("/api/audit/verification")
                    .then()
                    .statusCode(200)
                    .body("intact", equalTo(false))
                    .body("firstBrokenSeq", equalTo(entry.seq.intValue()));
        } finally {
            setOutcome(entry.seq, "granted");
        }
        auditor().get("/api/audit/verification").then().body("intact", equalTo(true));
    }

    private void setOutcome(long seq, String outcome) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update_or_delete")
                    .executeUpdate();
            em.createNativeQuery("UPDATE audit_entry SET outcome = ?1 WHERE seq = ?2")
                    .setParameter(1, outcome)
                    .setParameter(2, seq)
                    .executeUpdate();
            em.createNativeQuery("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_no_update_or_delete")
                    .executeUpdate();
        });
    }
}
