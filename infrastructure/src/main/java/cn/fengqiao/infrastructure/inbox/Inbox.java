package cn.fengqiao.infrastructure.inbox;

import java.time.Duration;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;

import cn.fengqiao.infrastructure.problem.DatabaseUnavailable;

/**
 * Makes a consumer idempotent: the event id goes into the inbox table in the same transaction as
 * the consumer's side effect, so a second delivery finds it there and changes nothing.
 * A failing handler is retried a bounded number of times; then (or at once for a poison event) the
 * exception goes back to the connector, whose dead-letter strategy moves the record aside and
 * lets the consumer go on with the next one.
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);

    @Inject
    EntityManager em;

    @Inject
    MeterRegistry registry;

    // Once the service is stopping, its database session factory closes under the consumer: an event
    // must then be left unacknowledged (Kafka redelivers it after the restart), neither retried nor
    // dead-lettered.
    private volatile boolean stopping;

    @ConfigProperty(name = "fengqiao.inbox.max-attempts", defaultValue = "3")
    int maxAttempts;

    @ConfigProperty(name = "fengqiao.inbox.retry-delay", defaultValue = "PT0.5S")
    Duration retryDelay;

    /**
     * Applies the event once per consumer.
     *
     * @param consumer names the side effect (usually the channel); one event may feed several consumers
     * @return true if applied now, false if it had been applied before
     */
    public boolean receive(String consumer, ConsumerRecord<String, String> record, Consumer<ReceivedEvent> handler) {
        if (stopping) {
            holdUntilExit(consumer, record);
        }
        ReceivedEvent event;
        try {
            event = ReceivedEvent.from(record);
        } catch (PoisonEventException e) {
            return deadLetter(consumer, "unknown", e);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                boolean applied = QuarkusTransaction.requiringNew().call(() -> {
                    int inserted = em.createNativeQuery(
                                    "INSERT INTO inbox_event (event_id, consumer, event_type, source) "
                                            + "VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING")
                            .setParameter(1, event.id())
                            .setParameter(2, consumer)
                            .setParameter(3, event.type())
                            .setParameter(4, event.source())
                            .executeUpdate();
                    if (inserted == 0) {
                        return false;
                    }
                    handler.accept(event);
                    return true;
                });
                count(consumer, event.type(), applied ? "applied" : "duplicate");
                if (!applied) {
                    LOG.debugf("%s: event %s delivered again, ignored", consumer, event.id());
                }
                return applied;
            } catch (PoisonEventException e) {
                return deadLetter(consumer, event.type(), e);
            } catch (RuntimeException e) {
                if (stopping) {
                    holdUntilExit(consumer, record);
                }
                if (DatabaseUnavailable.causes(e)) {
                    // Not the event's fault: wait for the database rather than dead-letter good events.
                    attempt = 0;
                    LOG.warnf("%s: database unavailable, holding event %s: %s", consumer, event.id(), e.getMessage());
                    sleep(retryDelay.multipliedBy(4));
                    continue;
                }
                if (attempt >= maxAttempts) {
                    return deadLetter(consumer, event.type(), e);
                }
                LOG.warnf(
                        "%s: event %s failed (attempt %d of %d): %s",
                        consumer, event.id(), attempt, maxAttempts, e.getMessage());
                sleep(retryDelay.multipliedBy(attempt));
            }
        }
    }

    void onShutdown(@Observes ShutdownEvent event) {
        stopping = true;
    }

    // Never returns: returning would acknowledge the event, throwing would dead-letter it.
    private static void holdUntilExit(String consumer, ConsumerRecord<String, String> record) {
        LOG.infof(
                "%s: stopping, %s/%d@%d is left for redelivery after the restart",
                consumer, record.topic(), record.partition(), record.offset());
        while (true) {
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                // keep holding: the JVM is about to exit
            }
        }
    }

    private boolean deadLetter(String consumer, String type, RuntimeException cause) {
        count(consumer, type, "dead-lettered");
        LOG.errorf("%s: giving up on an event, it goes to the dead-letter topic: %s", consumer, cause.getMessage());
        throw cause;
    }

    private void count(String consumer, String type, String outcome) {
        registry.counter("fengqiao.inbox.events", "consumer", consumer, "type", type, "outcome", outcome)
                .increment();
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying an event", e);
        }
    }
}
