package cn.fengqiao.systemtests;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongFunction;

import org.HdrHistogram.Histogram;

/**
 * An open-loop load at a fixed rate that does not hide latency: each request has an intended send
 * time on the schedule, and its latency counts from then, not from when a busy client got round to
 * sending it (coordinated omission corrected by construction). Latencies go into an HdrHistogram
 * in microseconds.
 */
final class OpenLoad {

    /**
     * What a run measured: the histogram of every answered request, how many were not 2xx, and of
     * those how many were never sent because {@link #MAX_IN_FLIGHT} were already waiting.
     */
    record Outcome(Histogram latencies, long sent, long failed, long notSent) {

        double percentileMillis(double percentile) {
            return latencies.getValueAtPercentile(percentile) / 1000.0;
        }
    }

    /**
     * A server slower than the rate gathers requests without end, each on a connection of its own;
     * past this many the generator would run out of sockets (it did: 20,000), so the rest count as failed.
     */
    static final int MAX_IN_FLIGHT = 1024;

    private OpenLoad() {}

    /** Sends {@code perSecond} requests a second for {@code duration}; request i is {@code request.apply(i)}. */
    static Outcome run(int perSecond, Duration duration, LongFunction<HttpRequest> request) {
        ExecutorService answers = Executors.newFixedThreadPool(4);
        HttpClient http = HttpClient.newBuilder()
                .executor(answers)
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .build();
        Histogram histogram = new Histogram(TimeUnit.SECONDS.toMicros(60), 3);
        AtomicLong failed = new AtomicLong();
        AtomicInteger waiting = new AtomicInteger();
        long notSent = 0;
        long interval = TimeUnit.SECONDS.toNanos(1) / perSecond;
        long count = duration.toSeconds() * perSecond;
        List<CompletableFuture<Void>> inFlight = new ArrayList<>();
        long start = System.nanoTime();
        for (long i = 0; i < count; i++) {
            long intended = start + i * interval;
            long wait = intended - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            if (waiting.get() >= MAX_IN_FLIGHT) {
                notSent++;
                failed.incrementAndGet();
                continue;
            }
            waiting.incrementAndGet();
            inFlight.add(http.sendAsync(request.apply(i), HttpResponse.BodyHandlers.discarding())
                    .handle((response, failure) -> {
                        waiting.decrementAndGet();
                        long micros = (System.nanoTime() - intended) / 1000;
                        synchronized (histogram) {
                            histogram.recordValue(Math.min(micros, histogram.getHighestTrackableValue()));
                        }
                        if (failure != null || response.statusCode() >= 300) {
                            failed.incrementAndGet();
                        }
                        return null;
                    }));
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).join();
        answers.shutdownNow();
        return new Outcome(histogram, count, failed.get(), notSent);
    }
}
