package cn.fengqiao.infrastructure.outbox;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Publishes outbox rows in id order as CloudEvents (binary mode) and marks a row sent only after
 * Kafka acknowledged it (acks=all, idempotent producer: see META-INF/microprofile-config.properties).
 * While Kafka is down it backs off and retries; rows stay in the table, so nothing is lost.
 * Rows are claimed with SKIP LOCKED, so several replicas can relay side by side.
 */
@ApplicationScoped
public class OutboxRelay {

    public static final String CHANNEL = "outbox";
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    @Inject
    @Channel(CHANNEL)
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 1024)
    Emitter<String> emitter;

    @Inject
    EntityManager em;

    @Inject
    MeterRegistry registry;

    @ConfigProperty(name = "quarkus.application.name")
    String applicationName;

    @ConfigProperty(name = "fengqiao.outbox.enabled", defaultValue = "true")
    boolean enabled;

    @ConfigProperty(name = "fengqiao.outbox.batch-size", defaultValue = "100")
    int batchSize;

    @ConfigProperty(name = "fengqiao.outbox.poll-interval", defaultValue = "PT0.1S")
    Duration pollInterval;

    // Longer than the producer's delivery timeout plus max.block.ms, so every send has been
    // acknowledged or refused before we give up on it and try again.
    @ConfigProperty(name = "fengqiao.outbox.ack-timeout", defaultValue = "PT45S")
    Duration ackTimeout;

    @ConfigProperty(name = "fengqiao.outbox.max-backoff", defaultValue = "PT10S")
    Duration maxBackoff;

    private final AtomicLong backlog = new AtomicLong();
    private Counter published;
    private Counter failures;
    private volatile boolean running;
    private Thread worker;

    void start(@Observes StartupEvent event) {
        Gauge.builder("fengqiao.outbox.backlog", backlog, AtomicLong::get)
                .description("Outbox events not yet acknowledged by Kafka")
                .register(registry);
        published = registry.counter("fengqiao.outbox.published");
        failures = registry.counter("fengqiao.outbox.publish.failures");
        if (!enabled) {
            return;
        }
        running = true;
        worker = new Thread(this::loop, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        if (worker != null) {
            worker.interrupt();
            worker.join(5_000);
        }
    }

    private void loop() {
        long backoffMillis = 0;
        while (running) {
            try {
                Batch batch = relayBatch();
                if (batch.refusal() != null) {
                    throw new IllegalStateException(
                            "Kafka acknowledged " + batch.sent() + " events, then: " + batch.refusal());
                }
                backoffMillis = 0;
                if (batch.sent() == 0) {
                    Thread.sleep(pollInterval.toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                failures.increment();
                backoffMillis = Math.min(maxBackoff.toMillis(), Math.max(200, backoffMillis * 2));
                LOG.warnf("outbox relay: %s; retrying in %d ms", rootMessage(e), backoffMillis);
                try {
                    Thread.sleep(backoffMillis);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /**
     * Sends one batch and marks the acknowledged prefix sent; a refused event stops the batch there,
     * so events of one aggregate are never marked out of order.
     *
     * @return how many events were published, and why the rest were not
     */
    Batch relayBatch() {
        return QuarkusTransaction.requiringNew()
                .timeout((int) ackTimeout.toSeconds() + 15)
                .call(() -> {
                    @SuppressWarnings("unchecked")
                    List<OutboxEvent> batch = em.createNativeQuery(
                                    "SELECT * FROM outbox_event WHERE sent_at IS NULL ORDER BY id LIMIT ?1 FOR UPDATE SKIP LOCKED",
                                    OutboxEvent.class)
                            .setParameter(1, batchSize)
                            .getResultList();
                    backlog.set(batch.size() < batchSize ? batch.size() : unsentCount());
                    if (batch.isEmpty()) {
                        return new Batch(0, null);
                    }
                    List<CompletableFuture<Void>> acks = new ArrayList<>(batch.size());
                    for (OutboxEvent event : batch) {
                        acks.add(send(event));
                    }
                    long deadline = System.nanoTime() + ackTimeout.toNanos();
                    int sent = 0;
                    for (int i = 0; i < batch.size(); i++) {
                        OutboxEvent event = batch.get(i);
                        try {
                            acks.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                        } catch (Exception e) {
                            event.attempts++;
                            event.lastError = truncate(rootMessage(e));
                            break;
                        }
                        event.sentAt = Instant.now();
                        sent++;
                    }
                    published.increment(sent);
                    backlog.addAndGet(-sent);
                    // Commit the acknowledged prefix even when the rest was refused.
                    return new Batch(sent, sent < batch.size() ? batch.get(sent).lastError : null);
                });
    }

    record Batch(int sent, String refusal) {}

    private CompletableFuture<Void> send(OutboxEvent event) {
        CompletableFuture<Void> ack = new CompletableFuture<>();
        OutgoingCloudEventMetadata<String> cloudEvent = OutgoingCloudEventMetadata.<String>builder()
                .withId(event.eventId.toString())
                .withSource(URI.create("/" + applicationName))
                .withType(event.eventType)
                .withSubject(event.aggregateId)
                .withTimestamp(event.occurredAt.atZone(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .build();
        RecordHeaders headers = new RecordHeaders();
        if (event.traceparent != null) { // the consumers continue the trace of the request that recorded it
            headers.add("traceparent", event.traceparent.getBytes(StandardCharsets.US_ASCII));
        }
        OutgoingKafkaRecordMetadata<String> record = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(event.topic)
                .withKey(event.aggregateId)
                .withHeaders(headers)
                .build();
        Message<String> message = Message.of(
                event.payload,
                Metadata.of(cloudEvent, record),
                () -> {
                    ack.complete(null);
                    return CompletableFuture.completedFuture(null);
                },
                failure -> {
                    ack.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                });
        try {
            emitter.send(message);
        } catch (RuntimeException e) {
            ack.completeExceptionally(e);
        }
        return ack;
    }

    private long unsentCount() {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM outbox_event WHERE sent_at IS NULL")
                        .getSingleResult())
                .longValue();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    private static String truncate(String text) {
        return text.length() > 500 ? text.substring(0, 500) : text;
    }
}
