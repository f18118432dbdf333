package cn.fengqiao.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.fengqiao.infrastructure.testing.KeycloakTokens;

/**
 * The incidents a fault test writes, counted where they end up rather than asked of the API: stored in
 * incident-service's database, published (the outbox marks an event sent only after Kafka's
 * acknowledgement), and consumed by resident-, patrol- and mediation-service (one observed incident
 * each; every tenth incident is a dispute, and mediation opens exactly one dispute for it).
 */
final class IncidentLedger {

    static final String REPORTED = "cn.fengqiao.incident.reported.v1";
    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

    final String tag = "fault-" + UUID.randomUUID().toString().substring(0, 8);
    private final String token = KeycloakTokens.of("officer");

    /** The body of write number i: a call for help, every tenth a neighbours' dispute. */
    java.net.http.HttpRequest write(int i) {
        String category = i % 10 == 0 ? "DISPUTE" : "HELP";
        return FixedRateLoad.post(
                "/api/incidents",
                token,
                "{\"channel\":\"CALL_110\",\"category\":\"%s\",\"summary\":\"%s-%d\",\"community\":\"wanyuan\"}"
                        .formatted(category, tag, i));
    }

    /** The ids the API acknowledged (201 with the new incident). */
    static Set<String> acknowledged(List<FixedRateLoad.Result> results) {
        Set<String> ids = new HashSet<>();
        for (FixedRateLoad.Result result : results) {
            if (result.status() == 201) {
                Matcher id = ID.matcher(result.body());
                if (id.find()) {
                    ids.add(id.group(1));
                }
            }
        }
        return ids;
    }

    /** The ids of this ledger's incidents in incident-service's database. */
    Set<String> stored() throws SQLException {
        Set<String> ids = new HashSet<>();
        try (Connection db = Databases.connect(SystemUnderTest.App.INCIDENT);
                PreparedStatement query = db.prepareStatement("SELECT id FROM incident WHERE summary LIKE ?")) {
            query.setString(1, tag + "-%");
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        return ids;
    }

    /** How many of these incidents' reported events Kafka acknowledged. */
    long published(Set<String> ids) throws SQLException {
        return count(
                SystemUnderTest.App.INCIDENT,
                "SELECT count(DISTINCT aggregate_id) FROM outbox_event WHERE event_type = '" + REPORTED
                        + "' AND sent_at IS NOT NULL AND aggregate_id = ANY (?)",
                ids,
                "text");
    }

    /** Milliseconds until incident-service's outbox holds nothing unsent, or -1 after the timeout. */
    static long awaitDrained(Duration timeout) throws SQLException {
        long start = System.nanoTime();
        while (System.nanoTime() - start < timeout.toNanos()) {
            try (Connection db = Databases.connect(SystemUnderTest.App.INCIDENT);
                    ResultSet rows = db.createStatement()
                            .executeQuery("SELECT count(*) FROM outbox_event WHERE sent_at IS NULL")) {
                rows.next();
                if (rows.getLong(1) == 0) {
                    return (System.nanoTime() - start) / 1_000_000;
                }
            }
            SystemUnderTest.sleep(250);
        }
        return -1;
    }

    /** Consumed: the incidents each consumer has applied (resident, patrol, mediation) and the disputes opened. */
    record Consumed(long resident, long patrol, long mediation, long disputes, long disputeDuplicates) {

        boolean all(long incidents, long disputeIncidents) {
            return resident == incidents
                    && patrol == incidents
                    && mediation == incidents
                    && disputes == disputeIncidents;
        }
    }

    Consumed consumed(Set<String> ids) throws SQLException {
        String observed = "SELECT count(*) FROM observed_incident WHERE incident_id = ANY (?)";
        return new Consumed(
                count(SystemUnderTest.App.RESIDENT, observed, ids, "uuid"),
                count(SystemUnderTest.App.PATROL, observed, ids, "uuid"),
                count(SystemUnderTest.App.MEDIATION, observed, ids, "uuid"),
                count(
                        SystemUnderTest.App.MEDIATION,
                        "SELECT count(DISTINCT incident_id) FROM dispute WHERE incident_id = ANY (?)",
                        ids,
                        "uuid"),
                count(
                        SystemUnderTest.App.MEDIATION,
                        "SELECT count(*) - count(DISTINCT incident_id) FROM dispute WHERE incident_id = ANY (?)",
                        ids,
                        "uuid"));
    }

    /** The incidents among ids that are disputes (every tenth write). */
    long disputeIncidents(Set<String> ids) throws SQLException {
        return count(
                SystemUnderTest.App.INCIDENT,
                "SELECT count(*) FROM incident WHERE category = 'DISPUTE' AND id::text = ANY (?)",
                ids,
                "text");
    }

    /** Waits until every consumer has applied every stored incident, or the timeout passes. */
    Consumed awaitConsumed(Set<String> ids, Duration timeout) throws SQLException {
        long disputes = disputeIncidents(ids);
        long deadline = System.nanoTime() + timeout.toNanos();
        Consumed consumed = consumed(ids);
        while (!consumed.all(ids.size(), disputes) && System.nanoTime() < deadline) {
            SystemUnderTest.sleep(500);
            consumed = consumed(ids);
        }
        return consumed;
    }

    /** Duplicate deliveries each consumer's inbox recognised and skipped since it started (its metrics). */
    static Map<SystemUnderTest.App, Long> duplicatesDelivered() {
        Map<SystemUnderTest.App, Long> duplicates = new EnumMap<>(SystemUnderTest.App.class);
        for (SystemUnderTest.App app :
                List.of(SystemUnderTest.App.RESIDENT, SystemUnderTest.App.PATROL, SystemUnderTest.App.MEDIATION)) {
            long total = (long) InboxMetrics.count(app, "duplicate", null);
            duplicates.put(app, total);
        }
        return duplicates;
    }

    /** What a fault test counts once the system has settled. */
    record Figures(
            int attempted,
            Set<String> acknowledged,
            Set<String> stored,
            Set<String> lost,
            long published,
            Consumed consumed,
            long disputeIncidents,
            long duplicatesDelivered,
            long drainMillis) {

        double successRate() {
            return 100.0 * acknowledged.size() / attempted;
        }

        /** The "must be 0"s of every fault: acknowledged writes lost, events missing, duplicate side effects. */
        void assertNothingLostOrAppliedTwice() {
            assertThat(lost).as("acknowledged writes lost").isEmpty();
            assertThat(published).as("events published for committed rows").isEqualTo(stored.size());
            assertThat(consumed.all(stored.size(), disputeIncidents))
                    .as("every consumer applied every incident: " + consumed)
                    .isTrue();
            assertThat(consumed.disputeDuplicates())
                    .as("duplicate side effects")
                    .isZero();
        }
    }

    /**
     * Waits for the outbox to drain and the consumers to catch up, counts, and prints one line:
     * writes attempted, acknowledged, stored, lost; events published and consumed; duplicates delivered
     * and applied; the outage and the drain time.
     */
    Figures settle(
            String fault,
            List<FixedRateLoad.Result> results,
            Map<SystemUnderTest.App, Long> duplicatesBefore,
            long outageMillis)
            throws SQLException {
        Set<String> acknowledged = acknowledged(results);
        long drainMillis = awaitDrained(Duration.ofSeconds(120));
        Set<String> stored = stored();
        Set<String> lost = new HashSet<>(acknowledged);
        lost.removeAll(stored);
        long published = published(stored);
        Consumed consumed = awaitConsumed(stored, Duration.ofSeconds(120));
        long duplicates = 0;
        for (var after : duplicatesDelivered().entrySet()) {
            long before = duplicatesBefore.getOrDefault(after.getKey(), 0L);
            // a restarted consumer counts from 0 again
            duplicates += after.getValue() >= before ? after.getValue() - before : after.getValue();
        }
        Map<Integer, Long> statuses = new java.util.TreeMap<>();
        results.forEach(r -> statuses.merge(r.status(), 1L, Long::sum));
        String failure = results.stream()
                .filter(r -> !r.acknowledged())
                .map(r -> r.status() + " " + r.body())
                .findFirst()
                .orElse("none");
        System.out.printf("  answers by status %s; the first failure: %.300s%n", statuses, failure);
        Figures figures = new Figures(
                results.size(),
                acknowledged,
                stored,
                lost,
                published,
                consumed,
                disputeIncidents(stored),
                duplicates,
                drainMillis);
        System.out.printf(
                "%s: writes attempted %d, acknowledged %d (%.2f%%), stored %d, lost %d; events published %d, missing %d;"
                        + " consumed by resident %d, patrol %d, mediation %d (disputes %d of %d); duplicates delivered %d,"
                        + " applied %d; outage %d ms; outbox drained %d ms after the load%n",
                fault,
                results.size(),
                acknowledged.size(),
                figures.successRate(),
                stored.size(),
                lost.size(),
                published,
                stored.size() - published,
                consumed.resident(),
                consumed.patrol(),
                consumed.mediation(),
                consumed.disputes(),
                figures.disputeIncidents(),
                duplicates,
                consumed.disputeDuplicates(),
                outageMillis,
                drainMillis);
        return figures;
    }

    private static long count(SystemUnderTest.App app, String sql, Set<String> ids, String type) throws SQLException {
        try (Connection db = Databases.connect(app);
                PreparedStatement query = db.prepareStatement(sql)) {
            Array array = db.createArrayOf(type, ids.toArray());
            query.setArray(1, array);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
