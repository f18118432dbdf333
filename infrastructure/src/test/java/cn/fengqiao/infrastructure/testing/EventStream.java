package cn.fengqiao.infrastructure.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A server-sent event stream read as a browser's EventSource reads it: frames split at blank
 * lines, {@code id}, {@code event} and {@code data} fields, comments kept apart. A reader thread
 * queues the frames; the stream ends when the server closes it or {@link #close()} is called.
 */
public final class EventStream implements AutoCloseable {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** One frame: an event (name, id, data) or only comments (a heartbeat), and when it was read (nanoTime). */
    public record Frame(String id, String name, String data, List<String> comments, long receivedNanos) {
        public boolean isEvent() {
            return data != null;
        }
    }

    private static final Frame END = new Frame(null, null, null, List.of(), 0);

    private final HttpResponse<InputStream> response;
    private final BlockingQueue<Frame> frames = new LinkedBlockingQueue<>();
    private final Thread reader;

    // Only a 200 is a stream; any other answer's body is left to errorBody().
    private EventStream(HttpResponse<InputStream> response) {
        this.response = response;
        this.reader = new Thread(this::read, "event-stream-reader");
        reader.setDaemon(true);
        if (response.statusCode() == 200) {
            reader.start();
        }
    }

    /** Opens a stream with these request headers; answers once the status and headers are in. */
    public static EventStream open(URI uri, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream");
        headers.forEach(request::header);
        try {
            return new EventStream(CLIENT.send(request.GET().build(), HttpResponse.BodyHandlers.ofInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public int status() {
        return response.statusCode();
    }

    public Map<String, List<String>> headers() {
        return response.headers().map();
    }

    public Optional<String> header(String name) {
        return response.headers().firstValue(name);
    }

    /** The whole body of an answer that is not a stream (a problem). */
    public String errorBody() {
        try (InputStream body = response.body()) {
            return new String(body.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next frame, or empty if none came within the wait or the stream ended. */
    public Optional<Frame> next(Duration wait) {
        Frame frame = take(wait);
        return frame == END ? Optional.empty() : Optional.ofNullable(frame);
    }

    /** The first event that matches within the wait, skipping comments and other events. */
    public Optional<Frame> awaitEvent(Predicate<Frame> matches, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<Frame> frame = next(Duration.ofNanos(deadline - System.nanoTime()));
            if (frame.isEmpty()) {
                return Optional.empty();
            }
            if (frame.get().isEvent() && matches.test(frame.get())) {
                return frame;
            }
        }
        return Optional.empty();
    }

    /** Whether the server ends the stream within the wait (frames before the end are skipped). */
    public boolean endsWithin(Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        for (Frame frame = take(wait); frame != null; frame = take(Duration.ofNanos(deadline - System.nanoTime()))) {
            if (frame == END) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        try {
            response.body().close();
        } catch (IOException e) {
            // closing is all we wanted
        }
        reader.interrupt();
    }

    // The end is put back, so every later call sees it too.
    private Frame take(Duration wait) {
        try {
            Frame frame = frames.poll(Math.max(0, wait.toMillis()), TimeUnit.MILLISECONDS);
            if (frame == END) {
                frames.add(END);
            }
            return frame;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private void read() {
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String id = null;
            String name = null;
            StringBuilder data = null;
            List<String> comments = new ArrayList<>();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isEmpty()) {
                    if (data != null || !comments.isEmpty() || name != null || id != null) {
                        frames.add(new Frame(
                                id,
                                name,
                                data == null ? null : data.toString(),
                                List.copyOf(comments),
                                System.nanoTime()));
                    }
                    id = null;
                    name = null;
                    data = null;
                    comments.clear();
                } else if (line.startsWith(":")) {
                    comments.add(line.substring(1).strip());
                } else {
                    int colon = line.indexOf(':');
                    String field = colon < 0 ? line : line.substring(0, colon);
                    String value = colon < 0 ? "" : line.substring(colon + 1).replaceFirst("^ ", "");
                    switch (field) {
                        case "id" -> id = value;
                        case "event" -> name = value;
                        case "data" ->
                            data = data == null
                                    ? new StringBuilder(value)
                                    : data.append('\n').append(value);
                        default -> {
                            // retry and unknown fields: not needed by the tests
                        }
                    }
                }
            }
        } catch (IOException e) {
            // the stream was closed or cut: it has ended
        } finally {
            frames.add(END);
        }
    }
}
