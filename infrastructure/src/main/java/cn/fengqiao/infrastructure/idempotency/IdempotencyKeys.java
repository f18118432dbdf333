package cn.fengqiao.infrastructure.idempotency;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The keys of the service's idempotent POSTs, in its own database. A key is claimed before the
 * request is worked (the primary key decides between simultaneous duplicates) and completed with the
 * answer after; an answer that is not a success releases the key, so the caller may try again.
 */
@ApplicationScoped
public class IdempotencyKeys {

    /** How long a key answers its first answer again. */
    static final Duration KEPT = Duration.ofHours(24);

    /**
     * How long a claimed key whose request never completed (its replica died mid-request) holds the
     * key: far longer than any request may take at the gateway.
     */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);

    /** The first answer to a key, to be given again. */
    public record Answer(int status, String location, String contentType, String body) {}

    /** What a claim found: the key is the caller's now, the first answer to give again, or why not. */
    public enum Outcome {
        CLAIMED,
        REPLAY,
        OTHER_REQUEST,
        IN_PROGRESS
    }

    /** A claim's outcome, with the first answer when it is a replay. */
    public record Claim(Outcome outcome, Answer answer) {
        static Claim of(Outcome outcome) {
            return new Claim(outcome, null);
        }
    }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** Claims the caller's key for this request, or tells what the key already stands for. */
    public Claim claim(String caller, String key, String request) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = clock.instant();
            // keys older than a day go (any replica may do it, each time), and an abandoned claim of this key
            em.createNativeQuery("DELETE FROM idempotency_key WHERE created_at < ?3"
                            + " OR (caller = ?1 AND key = ?2 AND completed_at IS NULL AND created_at < ?4)")
                    .setParameter(1, caller)
                    .setParameter(2, key)
                    .setParameter(3, now.minus(KEPT))
                    .setParameter(4, now.minus(ABANDONED_AFTER))
                    .executeUpdate();
            int claimed = em.createNativeQuery("INSERT INTO idempotency_key (caller, key, request, created_at)"
                            + " VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING")
                    .setParameter(1, caller)
                    .setParameter(2, key)
                    .setParameter(3, request)
                    .setParameter(4, now)
                    .executeUpdate();
            if (claimed == 1) {
                return Claim.of(Outcome.CLAIMED);
            }
            return existing(caller, key, request);
        });
    }

    /** Keeps the answer the key gives from now on. */
    public void complete(String caller, String key, Answer answer) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(
                                "UPDATE idempotency_key SET completed_at = ?3,"
                                        + " status = ?4, location = ?5, content_type = ?6, body = ?7 WHERE caller = ?1 AND key = ?2")
                        .setParameter(1, caller)
                        .setParameter(2, key)
                        .setParameter(3, clock.instant())
                        .setParameter(4, answer.status())
                        .setParameter(5, answer.location())
                        .setParameter(6, answer.contentType())
                        .setParameter(7, answer.body())
                        .executeUpdate());
    }

    /** Frees the key: the request made nothing, and the caller may send it again. */
    public void release(String caller, String key) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(
                                "DELETE FROM idempotency_key WHERE caller = ?1 AND key = ?2 AND completed_at IS NULL")
                        .setParameter(1, caller)
                        .setParameter(2, key)
                        .executeUpdate());
    }

    @SuppressWarnings("unchecked")
    private Claim existing(String caller, String key, String request) {
        List<Object[]> rows = em.createNativeQuery("SELECT request, completed_at, status, location, content_type, body"
                        + " FROM idempotency_key WHERE caller = ?1 AND key = ?2")
                .setParameter(1, caller)
                .setParameter(2, key)
                .getResultList();
        Optional<Object[]> row = rows.stream().findFirst();
        if (row.isEmpty()) {
            // released between our insert and this read: the caller may simply retry
            return Claim.of(Outcome.IN_PROGRESS);
        }
        Object[] r = row.get();
        if (!request.equals(r[0])) {
            return Claim.of(Outcome.OTHER_REQUEST);
        }
        if (r[1] == null) {
            return Claim.of(Outcome.IN_PROGRESS);
        }
        return new Claim(
                Outcome.REPLAY, new Answer(((Number) r[2]).intValue(), (String) r[3], (String) r[4], (String) r[5]));
    }
}
