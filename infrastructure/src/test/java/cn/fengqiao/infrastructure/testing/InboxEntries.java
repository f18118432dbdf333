package cn.fengqiao.infrastructure.testing;

import jakarta.persistence.EntityManager;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Test helper inside a @QuarkusTest: what the inbox recorded and counted. */
public final class InboxEntries {

    private InboxEntries() {}

    /** How many times the event was applied by the consumer (the inbox rows for it: 0 or 1). */
    public static long applied(String consumer, String eventId) {
        EntityManager em = Arc.container().instance(EntityManager.class).get();
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(
                                        "SELECT count(*) FROM inbox_event WHERE consumer = ?1 AND event_id = ?2")
                                .setParameter(1, consumer)
                                .setParameter(2, eventId)
                                .getSingleResult())
                        .longValue());
    }

    /** How many redeliveries the consumer has recognised and ignored since it started. */
    public static double duplicates(String consumer) {
        MeterRegistry registry = Arc.container().instance(MeterRegistry.class).get();
        return registry
                .find("fengqiao.inbox.events")
                .tag("consumer", consumer)
                .tag("outcome", "duplicate")
                .counters()
                .stream()
                .mapToDouble(Counter::count)
                .sum();
    }
}
