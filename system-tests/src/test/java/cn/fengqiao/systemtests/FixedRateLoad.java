package cn.fengqiao.systemtests;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

/**
 * Sends requests at a fixed rate whatever the answers do: request i leaves at start + i / rate, and
 * its latency counts from then, so a stalled server shows as long latencies rather than as fewer
 * requests (no coordinated omission).
 */
final class FixedRateLoad implements AutoCloseable {

    /** One request's fate: the HTTP status (0 when no answer came), its latency and the answer's body. */
    record Result(int index, long sentAtMillis, int status, long latencyMillis, String body) {

        boolean acknowledged() {
            return status >= 200 && status < 300;
        }
    }

    private final ExecutorService pool = Executors.newFixedThreadPool(16);
    private final HttpClient http = HttpClient.newBuilder()
            .executor(pool)
            // HTTP/1.1 as the city systems' clients call; no h2c upgrade on a cleartext connection
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private final long startedAt = System.nanoTime();
    // written by the sender thread only; read after joining it
    private final List<CompletableFuture<Result>> sent = new ArrayList<>();
    private Thread sender;

    /** Starts sending {@code count} requests at {@code perSecond}; answers collect in the background. */
    static FixedRateLoad start(int perSecond, int count, IntFunction<HttpRequest> request) {
        FixedRateLoad load = new FixedRateLoad();
        load.sender = new Thread(() -> load.send(perSecond, count, request), "fixed-rate-load");
        load.sender.setDaemon(true);
        load.sender.start();
        return load;
    }

    private void send(int perSecond, int count, IntFunction<HttpRequest> request) {
        for (int i = 0; i < count; i++) {
            long due = startedAt + i * 1_000_000_000L / perSecond;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            int index = i;
            long sentAt = (due - startedAt) / 1_000_000;
            CompletableFuture<Result> answer = http.sendAsync(request.apply(i), HttpResponse.BodyHandlers.ofString())
                    .handle((response, failure) -> new Result(
                            index,
                            sentAt,
                            failure == null ? response.statusCode() : 0,
                            (System.nanoTime() - due) / 1_000_000,
                            failure == null ? response.body() : String.valueOf(failure)));
            sent.add(answer);
        }
    }

    /** Milliseconds since the load started. */
    long elapsedMillis() {
        return (System.nanoTime() - startedAt) / 1_000_000;
    }

    /** Returns once the load has run this long (to time a fault within it). */
    void awaitElapsed(long millis) {
        while (elapsedMillis() < millis) {
            SystemUnderTest.sleep(20);
        }
    }

    /** Waits until every request has been sent and answered (or has failed). */
    List<Result> results() {
        try {
            sender.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return sent.stream().map(CompletableFuture::join).toList();
    }

    /** A JSON POST through the gateway with the token. */
    static HttpRequest post(String path, String token, String json) {
        return HttpRequest.newBuilder(URI.create(SystemUnderTest.gateway() + path))
                .timeout(Duration.ofSeconds(40))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
