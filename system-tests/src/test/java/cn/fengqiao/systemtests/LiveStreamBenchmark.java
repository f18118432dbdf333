package cn.fengqiao.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;

import cn.fengqiao.infrastructure.testing.EventStream;
import cn.fengqiao.infrastructure.testing.KeycloakTokens;

/**
 * The live updates' figures (issue 17), run with the benchmarks and never by CI: 200 command-room
 * screens subscribed to the incident stream through the gateway, reports at a steady rate, the delay
 * from each report to each screen, and the gateway's memory before and with the screens. Printed
 * and written to system-tests/target/benchmarks/live-streams.md.
 * Alone: {@code mvn verify -Pbenchmarks -Dit.test=LiveStreamBenchmark} in system-tests.
 */
class LiveStreamBenchmark {

    private static final int SUBSCRIBERS = Integer.getInteger("fengqiao.bench.subscribers", 200);
    private static final int REPORTS = 100;
    private static final int REPORTS_PER_SECOND = 5;
    private static final Duration WAIT = Duration.ofSeconds(30);

    @BeforeAll
    static void start() {
        SystemUnderTest.start();
    }

    @Test
    void twoHundredSubscribersOnTheGateway() throws IOException, InterruptedException {
        String community = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        URI uri = URI.create(SystemUnderTest.gateway() + "/api/incidents/stream?community=" + community);
        Map<String, String> headers = Map.of("Authorization", "Bearer " + KeycloakTokens.of("commander"));
        long gatewayBefore = Benchmarks.residentMegabytes(SystemUnderTest.App.GATEWAY);

        List<EventStream> streams = new ArrayList<>();
        long opening = System.nanoTime();
        while (streams.size() < SUBSCRIBERS) {
            EventStream stream = EventStream.open(uri, headers);
            if (stream.status() == 429) { // one user opening 200 at once meets the rate limit: wait as told
                long wait = Long.parseLong(stream.header("Retry-After").orElse("1"));
                stream.close();
                TimeUnit.SECONDS.sleep(wait);
                continue;
            }
            assertThat(stream.status()).as("subscriber " + streams.size()).isEqualTo(200);
            streams.add(stream);
        }
        double openSeconds = (System.nanoTime() - opening) / 1e9;
        TimeUnit.SECONDS.sleep(3);
        long gatewayWith = Benchmarks.residentMegabytes(SystemUnderTest.App.GATEWAY);

        // a first round warms the JIT of the apps just started; the second is measured
        report(community);
        Map<String, long[]> reported = report(community);

        Histogram fromAnswer = new Histogram(TimeUnit.MINUTES.toMicros(1), 3);
        Histogram fromSent = new Histogram(TimeUnit.MINUTES.toMicros(1), 3);
        int received = 0;
        for (EventStream stream : streams) {
            // a report's own event is its creation; later changes (a dispute opened from it) are not timed
            for (int told = 0; told < REPORTS; ) {
                EventStream.Frame event = stream.awaitEvent(
                                frame -> frame.data().contains("\"change\":\"created\""), WAIT)
                        .orElse(null);
                if (event == null) {
                    break;
                }
                long[] times = reported.get(new JsonPath(event.data()).getString("subject"));
                if (times != null) { // the warming round's come first
                    told++;
                    received++;
                    fromSent.recordValue(Math.max(0, (event.receivedNanos() - times[0]) / 1_000));
                    fromAnswer.recordValue(Math.max(0, (event.receivedNanos() - times[1]) / 1_000));
                }
            }
            stream.close();
        }
        long gatewayAfter = Benchmarks.residentMegabytes(SystemUnderTest.App.GATEWAY);

        String table = String.join(
                "\n",
                "Live streams, " + SUBSCRIBERS + " subscribers on the gateway's /api/incidents/stream, " + REPORTS
                        + " reports at " + REPORTS_PER_SECOND + "/s through the gateway",
                "",
                "| figure | measured |",
                "|---|---|",
                "| subscribers opened | %d in %.1f s |".formatted(streams.size(), openSeconds),
                "| creation events received (%d expected) | %d |".formatted(SUBSCRIBERS * REPORTS, received),
                "| delay, POST answered → event at a subscriber: p50 / p99 / max | %s |".formatted(millis(fromAnswer)),
                "| delay, POST sent → event at a subscriber: p50 / p99 / max | %s |".formatted(millis(fromSent)),
                "| gateway RSS: before → with %d streams → after the reports | %d MB → %d MB → %d MB |"
                        .formatted(SUBSCRIBERS, gatewayBefore, gatewayWith, gatewayAfter),
                "");
        System.out.println(table);
        Path out = SystemUnderTest.ROOT.resolve("system-tests/target/benchmarks/live-streams.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table, StandardCharsets.UTF_8);
        assertThat(received).as("every subscriber told of every report").isEqualTo(SUBSCRIBERS * REPORTS);
    }

    /**
     * Reports at the steady rate through the gateway.
     *
     * @return subject -> when its POST was sent and when it was answered (the commit came between)
     */
    private static Map<String, long[]> report(String community) throws InterruptedException {
        Map<String, long[]> reported = new ConcurrentHashMap<>();
        long interval = TimeUnit.SECONDS.toNanos(1) / REPORTS_PER_SECOND;
        long next = System.nanoTime();
        for (int i = 0; i < REPORTS; i++) {
            while (System.nanoTime() < next) {
                TimeUnit.MILLISECONDS.sleep(1);
            }
            next += interval;
            long sent = System.nanoTime();
            String id = LiveUpdatesIT.report(community);
            reported.put(id, new long[] {sent, System.nanoTime()});
        }
        return reported;
    }

    private static String millis(Histogram histogram) {
        return "%.1f ms / %.1f ms / %.1f ms"
                .formatted(
                        histogram.getValueAtPercentile(50) / 1e3,
                        histogram.getValueAtPercentile(99) / 1e3,
                        histogram.getMaxValue() / 1e3);
    }
}
