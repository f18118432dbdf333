package cn.fengqiao.infrastructure.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import cn.fengqiao.infrastructure.security.Caller;

/**
 * Writes the audit trail in the caller's transaction (a look that is not recorded did not happen)
 * and checks the hash chain: each entry's hash covers the previous hash, so an edit, a deletion or
 * an insertion in the middle breaks every later link.
 */
@ApplicationScoped
public class AuditLog {

    static final String GENESIS = "0".repeat(64);

    @Inject
    EntityManager em;

    /** Records that the caller did {@code action} on {@code subject} for {@code purpose}, with its outcome. */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEntry record(Caller caller, String purpose, String action, String subject, String outcome) {
        return record(caller.name(), caller.primaryRole(), caller.client(), purpose, action, subject, outcome);
    }

    /**
     * Records a refused attempt in a transaction of its own, so it stays when the request's
     * transaction rolls back with the refusal. Call it before the request writes any audit entry of
     * its own (that entry's lock would make this one wait for it).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public AuditEntry recordRefusal(Caller caller, String purpose, String action, String subject, String reason) {
        return record(
                caller.name(), caller.primaryRole(), caller.client(), purpose, action, subject, "denied: " + reason);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEntry record(
            String actor, String role, String client, String purpose, String action, String subject, String outcome) {
        // One writer at a time per database, so the chain has no forks.
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('audit_entry'))")
                .getSingleResult();
        String previous = AuditEntry.<AuditEntry>find("ORDER BY seq DESC")
                .firstResultOptional()
                .map(e -> e.hash)
                .orElse(GENESIS);
        AuditEntry entry = new AuditEntry();
        entry.at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        entry.actor = actor;
        entry.actorRole = role;
        entry.client = client;
        entry.purpose = purpose;
        entry.action = action;
        entry.subject = subject;
        entry.outcome = outcome;
        entry.prevHash = previous;
        entry.hash = hashOf(entry);
        entry.persist();
        return entry;
    }

    /** @return the sequence number of the first entry whose link is broken, or empty when the chain holds */
    @Transactional
    public Optional<Long> firstBrokenLink() {
        String previous = GENESIS;
        try (Stream<AuditEntry> entries = AuditEntry.<AuditEntry>find("ORDER BY seq").stream()) {
            for (AuditEntry entry : (Iterable<AuditEntry>) entries::iterator) {
                if (!entry.prevHash.equals(previous) || !entry.hash.equals(hashOf(entry))) {
                    return Optional.of(entry.seq);
                }
                previous = entry.hash;
            }
        }
        return Optional.empty();
    }

    static String hashOf(AuditEntry e) {
        String canonical = String.join(
                "\u001f",
                List.of(
                        e.prevHash,
                        e.at.toString(),
                        e.actor,
                        Objects.toString(e.actorRole, ""),
                        Objects.toString(e.client, ""),
                        Objects.toString(e.purpose, ""),
                        e.action,
                        e.subject,
                        e.outcome));
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e1) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e1);
        }
    }
}
