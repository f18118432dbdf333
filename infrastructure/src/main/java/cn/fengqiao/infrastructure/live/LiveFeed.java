package cn.fengqiao.infrastructure.live;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.subscription.MultiEmitter;

/**
 * The live events of this service (table live_event, written by triggers) for the subscribers of
 * this replica. One thread reads the table every poll interval; every replica reads the same table,
 * so each tells its own subscribers everything.
 *
 * <p>A row's position (txid, seq) is fixed when it is written, but transactions commit in another
 * order, so a row may become visible after rows with higher positions. The feed therefore tells each
 * committed row as soon as it sees it, and keeps a horizon: the position up to which every row is
 * final, because no transaction older than the oldest one still running can add a row. What it told
 * above the horizon it remembers until the horizon passes it. An event's SSE id carries the horizon
 * it was told at and its own position: a subscriber resuming with it gets every row after that
 * horizon again, except that event, from the table (the same on every replica), then the live ones.
 * So nothing is lost; an event told above the horizon may come a second time after a reconnect.
 */
@ApplicationScoped
public class LiveFeed {

    private static final Logger LOG = Logger.getLogger(LiveFeed.class);
    private static final String COLUMNS = "txid::text, seq, kind, subject, community, change, status, previous_status,"
            + " at, pg_snapshot_xmin(pg_current_snapshot())::text AS oldest_running FROM live_event";

    /** An event as told to one subscriber: with the horizon it was told at, for its SSE id. */
    public record Told(LiveEvent event, LiveEvent.Position horizon) {}

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MeterRegistry registry;

    @ConfigProperty(name = "fengqiao.live.enabled", defaultValue = "false")
    boolean enabled;

    @ConfigProperty(name = "fengqiao.live.poll-interval", defaultValue = "PT0.1S")
    Duration pollInterval;

    @ConfigProperty(name = "fengqiao.live.retention", defaultValue = "P1D")
    Duration retention;

    @ConfigProperty(name = "fengqiao.live.batch-size", defaultValue = "500")
    int batchSize;

    // A resuming subscriber missing more than this reloads instead (a reset event).
    @ConfigProperty(name = "fengqiao.live.max-replay", defaultValue = "1000")
    int maxReplay;

    private final List<Subscription> subscribers = new CopyOnWriteArrayList<>();
    // Guarded by this: every row up to the horizon was told; above it, the positions told so far.
    private LiveEvent.Position horizon = LiveEvent.Position.START;
    private final NavigableSet<LiveEvent.Position> toldAbove = new TreeSet<>();
    private volatile boolean running;
    private Thread worker;

    void start(@Observes StartupEvent event) throws SQLException {
        if (!enabled) {
            return;
        }
        Gauge.builder("fengqiao.live.subscribers", subscribers, List::size)
                .description("Subscribers of this replica's live streams")
                .register(registry);
        // what is in the table already is not news to anyone who subscribes from now on
        synchronized (this) {
            horizon = end();
        }
        poll();
        running = true;
        worker = new Thread(this::loop, "live-feed");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        if (worker != null) {
            worker.interrupt();
            worker.join(5_000);
        }
        subscribers.forEach(Subscription::complete);
    }

    /**
     * The events of one kind that pass a filter, from now on; resuming, first those after the
     * horizon of the last event received (except that event). Call {@link #resumable} first.
     */
    public Multi<Told> subscribe(String kind, Predicate<LiveEvent> passes, Optional<Resume> resume) {
        return Multi.createFrom()
                .<Told>emitter(emitter -> join(new Subscription(kind, passes, emitter), resume))
                // replaying reads the table: not on an event loop
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    /** Where a subscriber resumes: after the horizon of the last event it received, skipping that event. */
    public record Resume(LiveEvent.Position horizon, LiveEvent.Position received) {

        /** Resuming from the feed's horizon: nothing received above it. */
        static Resume at(LiveEvent.Position horizon) {
            return new Resume(horizon, horizon);
        }
    }

    /** The feed's horizon now: a reset event's id, from which the subscriber then goes on. */
    public synchronized LiveEvent.Position horizon() {
        return horizon;
    }

    /**
     * Whether a subscriber can resume after this horizon: the table still holds everything that
     * followed it (it is pruned from the oldest end), that is not more than a replay may carry, and
     * the horizon is not beyond the feed's (an id from elsewhere).
     */
    public boolean resumable(LiveEvent.Position after) throws SQLException {
        synchronized (this) {
            if (after.compareTo(horizon) > 0) {
                return false;
            }
        }
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement first = connection.prepareStatement(
                            "SELECT txid::text, seq FROM live_event ORDER BY txid, seq LIMIT 1");
                    ResultSet row = first.executeQuery()) {
                if (row.next() && after.compareTo(position(row)) < 0) {
                    return false;
                }
            }
            // counted, not read: the replay reads them once the subscriber joins
            try (PreparedStatement missed = connection.prepareStatement("SELECT count(*) FROM (SELECT 1 FROM live_event"
                    + " WHERE (txid, seq) > (?::xid8, ?) LIMIT ?) AS missed")) {
                missed.setString(1, Long.toUnsignedString(after.txid()));
                missed.setLong(2, after.seq());
                missed.setInt(3, maxReplay + 1);
                try (ResultSet count = missed.executeQuery()) {
                    count.next();
                    return count.getInt(1) <= maxReplay;
                }
            }
        }
    }

    // The replay is what was told before joining: rows after the resume point up to the horizon, and
    // those told above it; everything else comes live. Live events wait until the replay is out.
    private void join(Subscription subscription, Optional<Resume> resume) {
        LiveEvent.Position joinedAt;
        Set<LiveEvent.Position> toldAboveAtJoin;
        synchronized (this) {
            joinedAt = horizon;
            toldAboveAtJoin = Set.copyOf(toldAbove);
            subscription.hold();
            subscribers.add(subscription);
        }
        subscription.emitter.onTermination(() -> subscribers.remove(subscription));
        if (resume.isPresent()) {
            try {
                for (LiveEvent event :
                        read(resume.get().horizon(), Integer.MAX_VALUE).events()) {
                    LiveEvent.Position at = event.position();
                    boolean final_ = at.compareTo(joinedAt) <= 0;
                    if (!at.equals(resume.get().received()) && (final_ || toldAboveAtJoin.contains(at))) {
                        subscription.replay(new Told(event, final_ ? at : joinedAt));
                    }
                }
            } catch (SQLException e) {
                subscription.emitter.fail(e);
                return;
            }
        }
        subscription.release();
    }

    private void loop() {
        long lastPrune = 0;
        while (running) {
            try {
                poll();
                if (System.currentTimeMillis() - lastPrune > 60_000) {
                    prune();
                    lastPrune = System.currentTimeMillis();
                }
                Thread.sleep(pollInterval.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (SQLException | RuntimeException e) {
                // PostgreSQL away: subscribers keep their streams (heartbeats go on) and catch up after.
                LOG.warnf("live events not read: %s", e.getMessage());
                sleepQuietly(Math.max(1_000, pollInterval.toMillis()));
            }
        }
    }

    // Tells the rows committed since the last poll, then moves the horizon up to the last row below
    // the oldest transaction running at the poll's first read: a transaction that ends between two
    // reads of one poll may have rows behind the second read's start, which the next poll reads.
    private void poll() throws SQLException {
        LiveEvent.Position from;
        synchronized (this) {
            from = horizon;
        }
        Rows rows = read(from, batchSize);
        long oldestRunning = rows.oldestRunning();
        tell(rows.events(), oldestRunning);
        while (rows.events().size() == batchSize) {
            rows = read(rows.events().get(batchSize - 1).position(), batchSize);
            tell(rows.events(), oldestRunning);
        }
    }

    private synchronized void tell(List<LiveEvent> events, long oldestRunning) {
        LiveEvent.Position toldAt = horizon;
        for (LiveEvent event : events) {
            if (toldAbove.add(event.position())) {
                Told told = new Told(event, toldAt);
                subscribers.forEach(subscriber -> subscriber.offer(told));
            }
            if (Long.compareUnsigned(event.position().txid(), oldestRunning) < 0) {
                horizon = event.position();
            }
        }
        toldAbove.headSet(horizon, true).clear();
    }

    /** Committed rows after a position, in position order, and the oldest transaction running as they were read. */
    private record Rows(List<LiveEvent> events, long oldestRunning) {}

    private Rows read(LiveEvent.Position after, int limit) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT " + COLUMNS + " WHERE (txid, seq) > (?::xid8, ?) ORDER BY txid, seq LIMIT ?")) {
            query.setString(1, Long.toUnsignedString(after.txid()));
            query.setLong(2, after.seq());
            query.setInt(3, limit);
            List<LiveEvent> events = new ArrayList<>();
            long oldestRunning = 0;
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    events.add(new LiveEvent(
                            position(rows),
                            rows.getString("kind"),
                            rows.getString("subject"),
                            rows.getString("community"),
                            rows.getString("change"),
                            rows.getString("status"),
                            rows.getString("previous_status"),
                            rows.getTimestamp("at").toInstant()));
                    oldestRunning = Long.parseUnsignedLong(rows.getString("oldest_running"));
                }
            }
            return new Rows(events, oldestRunning);
        }
    }

    /** The last row below the oldest running transaction: the horizon at start. */
    private LiveEvent.Position end() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement last = connection.prepareStatement(
                        "SELECT txid::text, seq FROM live_event"
                                + " WHERE txid < pg_snapshot_xmin(pg_current_snapshot()) ORDER BY txid DESC, seq DESC LIMIT 1");
                ResultSet row = last.executeQuery()) {
            return row.next() ? position(row) : LiveEvent.Position.START;
        }
    }

    // Prunes from the oldest end only, keeping the newest event older than the retention, so what
    // remains always runs unbroken from its first event: resumable() can tell when a gap would open.
    // Each replica may prune; deleting what is already gone changes nothing.
    private void prune() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement prune = connection.prepareStatement(
                        "DELETE FROM live_event WHERE (txid, seq) < (SELECT txid, seq FROM live_event"
                                + " WHERE at < ? ORDER BY at DESC LIMIT 1)")) {
            prune.setTimestamp(1, Timestamp.from(Instant.now().minus(retention)));
            prune.executeUpdate();
        }
    }

    private static LiveEvent.Position position(ResultSet row) throws SQLException {
        return new LiveEvent.Position(Long.parseUnsignedLong(row.getString(1)), row.getLong(2));
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One subscriber: its kind and filter, and while it replays, the live events it must hold back. */
    private static final class Subscription {

        final String kind;
        final Predicate<LiveEvent> passes;
        final MultiEmitter<? super Told> emitter;
        private final List<Told> held = new ArrayList<>();
        private boolean holding;

        Subscription(String kind, Predicate<LiveEvent> passes, MultiEmitter<? super Told> emitter) {
            this.kind = kind;
            this.passes = passes;
            this.emitter = emitter;
        }

        synchronized void hold() {
            holding = true;
        }

        /** A live event waits while the replay runs. */
        synchronized void offer(Told told) {
            if (holding) {
                held.add(told);
            } else {
                deliver(told);
            }
        }

        synchronized void replay(Told told) {
            deliver(told);
        }

        synchronized void release() {
            holding = false;
            held.forEach(this::deliver);
            held.clear();
        }

        void complete() {
            emitter.complete();
        }

        private void deliver(Told told) {
            if (told.event().kind().equals(kind) && passes.test(told.event())) {
                emitter.emit(told);
            }
        }
    }
}
