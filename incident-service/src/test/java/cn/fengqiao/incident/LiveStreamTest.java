package cn.fengqiao.incident;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import cn.fengqiao.infrastructure.testing.EventStream;
import cn.fengqiao.infrastructure.testing.KeycloakTokens;

/**
 * The command room's streams of incident-service, read as a browser reads them: a reported incident
 * and a unit's change arrive as events with ids; a stream resumed with Last-Event-ID gets what it
 * missed from the table; a community officer hears only its community; a bad id is refused.
 */
@QuarkusTest
class LiveStreamTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Inject
    AgroalDataSource dataSource;

    @TestHTTPResource("/api/incidents/stream")
    URI incidents;

    @TestHTTPResource("/api/units/stream")
    URI units;

    @Test
    void shouldTellAReportedIncidentAndItsDispatchAsTheyHappen() {
        String community = "live-" + UUID.randomUUID().toString().substring(0, 8);
        try (EventStream stream = open(incidents, "commander", Map.of())) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.header("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
            String id = report(community);

            EventStream.Frame created = stream.awaitEvent(frame -> frame.data().contains(id), WAIT)
                    .orElseThrow(() -> new AssertionError("no event for incident " + id));
            assertThat(created.name()).isEqualTo("incident");
            assertThat(created.id()).matches("[0-9]+-[0-9]+\\.[0-9]+-[0-9]+");
            JsonPath data = new JsonPath(created.data());
            assertThat(data.getString("subject")).isEqualTo(id);
            assertThat(data.getString("community")).isEqualTo(community);
            assertThat(data.getString("change")).isEqualTo("created");
            assertThat(data.getString("status")).isEqualTo("RECEIVED");
            assertThat(created.data())
                    .as("notify, then fetch: no summary in the event")
                    .doesNotContain("live test");

            dispatch(id, UnitFixtures.onDuty(community));
            EventStream.Frame dispatched = stream.awaitEvent(
                            frame -> frame.data().contains(id) && frame.data().contains("\"changed\""), WAIT)
                    .orElseThrow(() -> new AssertionError("no change event for incident " + id));
            JsonPath change = new JsonPath(dispatched.data());
            assertThat(change.getString("status")).isEqualTo("DISPATCHED");
            assertThat(change.getString("previousStatus")).isEqualTo("RECEIVED");
        }
    }

    @Test
    void shouldResumeAfterTheLastEventIdFromTheTable() {
        String community = "live-" + UUID.randomUUID().toString().substring(0, 8);
        String first;
        String lastEventId;
        try (EventStream stream = open(incidents, "commander", Map.of("community", community))) {
            first = report(community);
            lastEventId = stream.awaitEvent(frame -> frame.data().contains(first), WAIT)
                    .orElseThrow()
                    .id();
        }
        // missed while away
        String second = report(community);
        String third = report(community);

        try (EventStream resumed =
                open(incidents, "commander", Map.of("community", community, "Last-Event-ID", lastEventId))) {
            EventStream.Frame next = resumed.awaitEvent(frame -> true, WAIT).orElseThrow();
            assertThat(next.data()).contains(second);
            assertThat(resumed.awaitEvent(frame -> true, WAIT).orElseThrow().data())
                    .contains(third);
        }
    }

    @Test
    void shouldTellACommunityOfficerOnlyItsCommunity() {
        try (EventStream stream = open(incidents, "officer-wanyuan", Map.of())) {
            String elsewhere = report("yihou");
            String own = report("wanyuan");
            // the other community's incident committed first: had it been told, it came before
            List<String> told = new ArrayList<>();
            while (told.stream().noneMatch(data -> data.contains(own))) {
                told.add(stream.awaitEvent(frame -> true, WAIT)
                        .orElseThrow(() -> new AssertionError("no event for its own community"))
                        .data());
            }
            assertThat(told).noneMatch(data -> data.contains(elsewhere));
            assertThat(told).allMatch(data -> data.contains("\"community\":\"wanyuan\""));
        }
    }

    @Test
    void shouldTellTheStatusBoardsChanges() {
        try (EventStream stream = open(units, "auxiliary", Map.of("community", "wanyuan"))) {
            String code = UnitFixtures.onDuty("wanyuan");
            EventStream.Frame onDuty = stream.awaitEvent(
                            frame -> frame.data().contains("\"" + code + "\"")
                                    && frame.data().contains("AVAILABLE"),
                            WAIT)
                    .orElseThrow(() -> new AssertionError("no event for unit " + code));
            assertThat(onDuty.name()).isEqualTo("unit");

            dispatch(report("wanyuan"), code);
            EventStream.Frame dispatched = stream.awaitEvent(
                            frame -> frame.data().contains("\"" + code + "\""), WAIT)
                    .orElseThrow(() -> new AssertionError("no dispatch event for unit " + code));
            assertThat(new JsonPath(dispatched.data()).getString("status")).isEqualTo("DISPATCHED");
            assertThat(new JsonPath(dispatched.data()).getString("previousStatus"))
                    .isEqualTo("AVAILABLE");
        }
    }

    @Test
    void shouldTellAChangeCommittedLateWithoutHoldingBackTheOthersAndResumeWithIt() throws SQLException {
        String community = "live-" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection slow = dataSource.getConnection();
                Connection quick = dataSource.getConnection();
                EventStream stream = open(incidents, "commander", Map.of("community", community))) {
            slow.setAutoCommit(false);
            record(slow, "slow", community); // the older transaction: a lower position, still open
            record(quick, "quick", community);

            EventStream.Frame quickEvent = stream.awaitEvent(frame -> true, WAIT)
                    .orElseThrow(() -> new AssertionError("a transaction still open held back a committed change"));
            assertThat(quickEvent.data()).contains("\"quick\"");

            slow.commit();
            assertThat(stream.awaitEvent(frame -> true, WAIT).orElseThrow().data())
                    .contains("\"slow\"");

            // resumed after the quick one, the slow one (a lower position, told later) comes again
            try (EventStream resumed =
                    open(incidents, "commander", Map.of("community", community, "Last-Event-ID", quickEvent.id()))) {
                EventStream.Frame again =
                        resumed.awaitEvent(frame -> true, WAIT).orElseThrow();
                assertThat(again.data()).contains("\"slow\"");
                assertThat(resumed.next(Duration.ofMillis(500)).filter(EventStream.Frame::isEvent))
                        .as("the quick one was received: not told again")
                        .isEmpty();
            }
        }
    }

    private static void record(Connection connection, String subject, String community) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO live_event (kind, subject, community, change) VALUES ('incident', ?, ?, 'created')")) {
            insert.setString(1, subject);
            insert.setString(2, community);
            insert.executeUpdate();
        }
    }

    @Test
    void shouldResetAStreamThatCannotResume() {
        try (EventStream stream = open(incidents, "commander", Map.of("Last-Event-ID", "1-1.1-1"))) {
            EventStream.Frame reset = stream.awaitEvent(frame -> true, WAIT).orElseThrow();
            assertThat(reset.name()).isEqualTo("reset");
            assertThat(reset.id()).matches("[0-9]+-[0-9]+\\.[0-9]+-[0-9]+");
        }
    }

    @Test
    void shouldRefuseAMalformedLastEventIdAndAnUnauthorisedRole() {
        try (EventStream stream = open(incidents, "commander", Map.of("Last-Event-ID", "yesterday"))) {
            assertThat(stream.status()).isEqualTo(400);
            assertThat(stream.errorBody()).contains("lastEventId");
        }
        try (EventStream stream = open(incidents, "mediator", Map.of())) {
            assertThat(stream.status()).isEqualTo(403);
        }
    }

    private static EventStream open(URI uri, String user, Map<String, String> options) {
        Map<String, String> headers = new HashMap<>(Map.of("Authorization", "Bearer " + KeycloakTokens.of(user)));
        String query = "";
        for (var option : options.entrySet()) {
            if (option.getKey().equals("community")) {
                query = "?community=" + option.getValue();
            } else {
                headers.put(option.getKey(), option.getValue());
            }
        }
        return EventStream.open(URI.create(uri + query), headers);
    }

    private static void dispatch(String incident, String unit) {
        given().auth()
                .oauth2(KeycloakTokens.of("commander"))
                .contentType(ContentType.JSON)
                .body("{\"unitCodes\":[\"" + unit + "\"]}")
                .post("/api/incidents/" + incident + "/dispatch")
                .then()
                .statusCode(200);
    }

    private static String report(String community) {
        return given().auth()
                .oauth2(KeycloakTokens.of("officer"))
                .contentType(ContentType.JSON)
                .body("{\"channel\":\"WALK_IN\",\"category\":\"CRIMINAL\",\"summary\":\"live test\",\"community\":\""
                        + community + "\"}")
                .post("/api/incidents")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
