package cn.fengqiao.infrastructure.live;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Multi;

import cn.fengqiao.infrastructure.problem.ProblemException;
import cn.fengqiao.infrastructure.security.Caller;

/**
 * A live stream as a browser's EventSource reads it: a comment at once (the answer's headers go out
 * with it), then the events with their ids, a comment heartbeat between them so no proxy closes an
 * idle stream, and the end when the caller's token expires. A Last-Event-ID the table can no longer
 * resume from gets a {@code reset} event first: reload the list, then carry on.
 */
@ApplicationScoped
public class LiveStreams {

    /**
     * An event's id, as the streams write it and EventSource sends it back in Last-Event-ID: the feed's
     * horizon when it was told, a dot, the event's own position; each position a transaction id, a
     * dash, the order within it.
     */
    public static final String EVENT_ID_PATTERN = "^[0-9]{1,20}-[0-9]{1,19}\\.[0-9]{1,20}-[0-9]{1,19}$";

    public static final String EVENT_ID_MESSAGE = "must be the id of an event of this stream";

    /** What every stream's description says (LiveStreamAnswers adds it to the contract). */
    public static final String EVENT_FORMAT = "Server-sent events, each `event:` incident, unit or dispute with an "
            + "`id:` to resume from (Last-Event-ID) and JSON `data:` {kind, subject, community, change (created or "
            + "changed), status, previousStatus, at}: fetch the record by its subject with the matching GET. A "
            + "`reset` event says the stream could not resume: reload the list. A comment every 15 s keeps the "
            + "stream open; it ends when the token expires (connect again with a fresh one).";

    private static final long RECONNECT_MILLIS = 3_000;

    @Inject
    LiveFeed feed;

    @Inject
    ObjectMapper mapper;

    @Inject
    Caller caller;

    @ConfigProperty(name = "fengqiao.live.heartbeat", defaultValue = "PT15S")
    Duration heartbeat;

    // A subscriber this far behind is cut off; it reconnects and resumes from the table.
    @ConfigProperty(name = "fengqiao.live.subscriber-buffer", defaultValue = "256")
    int subscriberBuffer;

    /**
     * The stream of the events of one kind that pass the caller's filter, until the caller's token
     * expires. Call on a worker thread, within the request: resuming reads the table.
     */
    public Multi<OutboundSseEvent> open(StreamRequest request, String kind, Predicate<LiveEvent> passes) {
        Sse sse = request.sse;
        Optional<LiveFeed.Resume> resume = parse(request.lastEventId);
        Multi<OutboundSseEvent> start = Multi.createFrom()
                .item(sse.newEventBuilder()
                        .comment("connected")
                        .reconnectDelay(RECONNECT_MILLIS)
                        .build());
        if (resume.isPresent() && !resumable(resume.get().horizon())) {
            LiveFeed.Resume now = LiveFeed.Resume.at(feed.horizon());
            resume = Optional.of(now);
            start = Multi.createBy()
                    .concatenating()
                    .streams(start, Multi.createFrom().item(reset(sse, now)));
        }
        Multi<OutboundSseEvent> events = feed.subscribe(kind, passes, resume)
                .onOverflow()
                .buffer(subscriberBuffer)
                .map(event -> event(sse, event));
        Multi<OutboundSseEvent> heartbeats = Multi.createFrom()
                .ticks()
                .startingAfter(heartbeat)
                .every(heartbeat)
                .map(tick -> sse.newEventBuilder().comment("heartbeat").build());
        Duration open = caller.tokenExpiry()
                .map(expiry -> Duration.between(Instant.now(), expiry))
                .filter(left -> left.toMillis() > 0)
                .orElse(Duration.ofHours(12));
        return Multi.createBy()
                .concatenating()
                .streams(start, Multi.createBy().merging().streams(events, heartbeats))
                .select()
                .first(open);
    }

    private boolean resumable(LiveEvent.Position after) {
        try {
            return feed.resumable(after);
        } catch (SQLException e) {
            throw new IllegalStateException("live events cannot be read", e);
        }
    }

    private OutboundSseEvent event(Sse sse, LiveFeed.Told told) {
        try {
            return sse.newEventBuilder()
                    .id(id(new LiveFeed.Resume(told.horizon(), told.event().position())))
                    .name(told.event().kind())
                    .data(mapper.writeValueAsString(told.event()))
                    .build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("live event cannot be written", e);
        }
    }

    private static OutboundSseEvent reset(Sse sse, LiveFeed.Resume now) {
        return sse.newEventBuilder()
                .id(id(now))
                .name("reset")
                .data("{\"reason\":\"The events after Last-Event-ID are no longer kept: reload the list\"}")
                .build();
    }

    private static String id(LiveFeed.Resume resume) {
        return resume.horizon() + "." + resume.received();
    }

    private static Optional<LiveFeed.Resume> parse(String lastEventId) {
        if (lastEventId == null || lastEventId.isEmpty()) {
            return Optional.empty();
        }
        String[] positions = lastEventId.split("\\.");
        try {
            if (positions.length == 2) {
                return Optional.of(new LiveFeed.Resume(position(positions[0]), position(positions[1])));
            }
        } catch (NumberFormatException e) {
            // told below
        }
        throw ProblemException.badRequest("lastEventId", EVENT_ID_MESSAGE);
    }

    private static LiveEvent.Position position(String text) {
        String[] parts = text.split("-");
        if (parts.length != 2) {
            throw new NumberFormatException(text);
        }
        return new LiveEvent.Position(Long.parseUnsignedLong(parts[0]), Long.parseLong(parts[1]));
    }
}
