package cn.fengqiao.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.fengqiao.infrastructure.testing.TopicProbe;
import cn.fengqiao.systemtests.SystemUnderTest.App;

/**
 * The runbook's dead-letter replay (deploy/operations/DlqReplay.java) against the running system: an
 * incident's event that patrol-service gave up on (say, while its database was away) goes back to
 * incident-events; every consumer applies it exactly once (the two that never saw it, and patrol),
 * and a second replay finds nothing left to replay.
 */
class DeadLetterReplayIT {

    @BeforeAll
    static void startTheSystem() {
        SystemUnderTest.start();
    }

    @Test
    void shouldReplayADeadLetterOnceAndHaveEveryConsumerApplyItOnce() throws Exception {
        // what earlier runs left on the dead-letter topic is not this test's to replay
        TopicProbe.skipToTheEnd("patrol-service.dlq-replay", "patrol-service.dlq");
        String incident = UUID.randomUUID().toString();
        String data = """
                {"incidentId":"%s","number":"JQ20261130-9001","channel":"CALL_110","category":"HELP",
                 "priority":"NORMAL","community":"wanyuan","addressText":"新华巷 3 号","reportedAt":"2026-11-30T01:12:45Z"}""".formatted(incident);
        // as SmallRye writes a dead letter: the original record and headers, and where it came from
        TopicProbe.send(
                "patrol-service.dlq",
                incident,
                data,
                Map.of(
                        "ce_specversion", "1.0",
                        "ce_id", TopicProbe.newEventId(),
                        "ce_type", IncidentLedger.REPORTED,
                        "ce_source", "/incident-service",
                        "ce_subject", incident,
                        "content-type", "application/json",
                        "dead-letter-topic", "incident-events",
                        "dead-letter-reason", "Unable to acquire JDBC Connection",
                        "dead-letter-partition", "0",
                        "dead-letter-offset", "0"));

        String first = replay("patrol-service");
        assertThat(first).contains("replayed 1 dead letters of patrol-service.dlq: {incident-events=1}");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (App consumer : List.of(App.PATROL, App.RESIDENT, App.MEDIATION)) {
                assertThat(observed(consumer, incident))
                        .as(consumer.module + " applied it")
                        .isEqualTo(1);
            }
        });
        String second = replay("patrol-service");
        assertThat(second).contains("replayed 0 dead letters of patrol-service.dlq");
        System.out.printf("dead-letter replay: %s; again: %s%n", lastLine(first), lastLine(second));
    }

    static String lastLine(String output) {
        return output.strip().lines().reduce((a, b) -> b).orElse("");
    }

    /** Runs the tool as the runbook does, with this test's classpath standing in for Kafka's libs. */
    static String replay(String service) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(
                        SystemUnderTest.javaBinary(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        SystemUnderTest.ROOT
                                .resolve("deploy/operations/DlqReplay.java")
                                .toString(),
                        service)
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    static long observed(App consumer, String incident) throws Exception {
        try (Connection db = Databases.connect(consumer);
                PreparedStatement query =
                        db.prepareStatement("SELECT count(*) FROM observed_incident WHERE incident_id = ?::uuid")) {
            query.setString(1, incident);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
