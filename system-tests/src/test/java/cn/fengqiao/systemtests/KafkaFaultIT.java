package cn.fengqiao.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.fengqiao.infrastructure.testing.TopicProbe;

/**
 * The broker fails while the station takes calls: incidents written through the gateway at a fixed
 * rate while Kafka is killed (SIGKILL) and restarted three times, or frozen (SIGSTOP) for 30 s. The
 * writes never wait for Kafka (the outbox), so nothing acknowledged may be lost, every stored incident's
 * event must reach Kafka and every consumer exactly once, and the outbox must drain within 60 s of
 * the broker's return. A malformed event goes to each consumer's dead-letter topic and the next ones
 * are consumed.
 */
class KafkaFaultIT {

    @BeforeAll
    static void startTheSystem() {
        SystemUnderTest.start();
    }

    @Test
    void shouldLoseNothingWhenKafkaIsKilledAndRestartedThreeTimesDuringFiveThousandWrites() throws Exception {
        IncidentLedger ledger = new IncidentLedger();
        Map<SystemUnderTest.App, Long> duplicatesBefore = IncidentLedger.duplicatesDelivered();
        List<FixedRateLoad.Result> results;
        long outageMillis = 0;
        try (FixedRateLoad load = FixedRateLoad.start(60, 5_000, ledger::write)) {
            for (long killAt : List.of(5_000L, 30_000L, 55_000L)) {
                load.awaitElapsed(killAt);
                long down = System.nanoTime();
                Platform.fault("kafka", "kill");
                Platform.fault("kafka", "start");
                outageMillis += (System.nanoTime() - down) / 1_000_000;
            }
            results = load.results();
        }
        IncidentLedger.Figures figures =
                ledger.settle("Kafka killed and restarted 3 times", results, duplicatesBefore, outageMillis);
        figures.assertNothingLostOrAppliedTwice();
        assertThat(figures.successRate()).as("API success rate, %").isGreaterThanOrEqualTo(99.9);
        assertThat(figures.drainMillis())
                .as("outbox drained within 60 s of the load's end")
                .isBetween(0L, 60_000L);
    }

    @Test
    void shouldLoseNothingAndHangNothingWhenKafkaIsFrozenForThirtySeconds() throws Exception {
        IncidentLedger ledger = new IncidentLedger();
        Map<SystemUnderTest.App, Long> duplicatesBefore = IncidentLedger.duplicatesDelivered();
        List<FixedRateLoad.Result> results;
        try (FixedRateLoad load = FixedRateLoad.start(25, 1_000, ledger::write)) {
            load.awaitElapsed(5_000);
            Platform.fault("kafka", "freeze");
            try {
                SystemUnderTest.sleep(30_000);
            } finally {
                Platform.fault("kafka", "thaw");
            }
            results = load.results();
        }
        long slowest = results.stream()
                .mapToLong(FixedRateLoad.Result::latencyMillis)
                .max()
                .orElse(0);
        IncidentLedger.Figures figures = ledger.settle("Kafka frozen for 30 s", results, duplicatesBefore, 30_000);
        System.out.printf("  slowest answer %d ms (the gateway's timeout is 30 s)%n", slowest);
        figures.assertNothingLostOrAppliedTwice();
        assertThat(figures.successRate()).as("API success rate, %").isGreaterThanOrEqualTo(99.9);
        assertThat(figures.drainMillis())
                .as("outbox drained within 60 s of the load's end")
                .isBetween(0L, 60_000L);
        assertThat(slowest)
                .as("no request hangs longer than the gateway timeout")
                .isLessThan(30_000);
    }

    @Test
    void shouldDeadLetterAPoisonEventAndKeepConsumingTheNextOnes() throws Exception {
        String poison = "poison-" + java.util.UUID.randomUUID();
        List<String> deadLetterTopics = List.of("resident-service.dlq", "patrol-service.dlq", "mediation-service.dlq");
        List<TopicProbe> deadLetters =
                deadLetterTopics.stream().map(TopicProbe::fromNow).toList();
        try {
            TopicProbe.sendCloudEvent(
                    "incident-events",
                    TopicProbe.newEventId(),
                    IncidentLedger.REPORTED,
                    poison,
                    "{\"incidentId\": \"not-a-uuid\", ");
            IncidentLedger ledger = new IncidentLedger();
            List<FixedRateLoad.Result> results;
            try (FixedRateLoad load = FixedRateLoad.start(20, 20, ledger::write)) {
                results = load.results();
            }
            Set<String> stored = ledger.stored();
            IncidentLedger.Consumed consumed = ledger.awaitConsumed(stored, Duration.ofSeconds(60));
            int deadLettered = 0;
            for (TopicProbe topic : deadLetters) {
                if (topic.await(r -> poison.equals(r.key()), Duration.ofSeconds(30))
                        .isPresent()) {
                    deadLettered++;
                }
            }
            System.out.printf(
                    "poison event: dead-lettered by %d of 3 consumers; the %d incidents after it consumed: %s%n",
                    deadLettered, stored.size(), consumed);
            assertThat(deadLettered)
                    .as("the poison in every consumer's dead-letter topic")
                    .isEqualTo(3);
            assertThat(IncidentLedger.acknowledged(results)).hasSize(20);
            assertThat(consumed.all(stored.size(), ledger.disputeIncidents(stored)))
                    .as("the events after the poison are consumed")
                    .isTrue();
        } finally {
            deadLetters.forEach(TopicProbe::close);
        }
    }
}
