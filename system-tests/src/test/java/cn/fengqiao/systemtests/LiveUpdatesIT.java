package cn.fengqiao.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.nullValue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import cn.fengqiao.infrastructure.testing.EventStream;
import cn.fengqiao.infrastructure.testing.KeycloakTokens;

/**
 * The command room's live updates as a browser on another origin gets them, through the gateway:
 * the preflight a stream needs passes, a report arrives as an event, a stream resumed on a new
 * connection gets what it missed, heartbeats keep an idle stream open, and the stream ends when its
 * token expires.
 */
class LiveUpdatesIT {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String FRONTEND = "http://localhost:5173";
    // Long enough to see the first heartbeat (every 15 s), short enough to see the end.
    private static final int SHORT_TOKEN_SECONDS = 20;
    private static final String SHORT_CLIENT = "live-updates-short";

    @BeforeAll
    static void start() {
        SystemUnderTest.start();
        new TokenVariantsIT.KeycloakAdmin().ensureShortLivedClient("fengqiao", SHORT_CLIENT, SHORT_TOKEN_SECONDS);
    }

    @Test
    void shouldLetABrowserOnAnotherOriginOpenAStreamAndRefuseAnUnknownOrigin() {
        given().baseUri(SystemUnderTest.gateway())
                .header("Origin", FRONTEND)
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization,last-event-id")
                .options("/api/incidents/stream")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", FRONTEND)
                .header("Access-Control-Allow-Headers", containsStringIgnoringCase("Last-Event-ID"));
        given().baseUri(SystemUnderTest.gateway())
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "GET")
                .options("/api/incidents/stream")
                .then()
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void shouldPushAReportThroughTheGatewayAndResumeOnANewConnection() {
        String community = "live-" + UUID.randomUUID().toString().substring(0, 8);
        String token = KeycloakTokens.of("commander");
        String lastEventId;
        try (EventStream stream = open(token, community, Map.of())) {
            assertThat(stream.status()).isEqualTo(200);
            String first = report(community);
            EventStream.Frame event = stream.awaitEvent(frame -> frame.data().contains(first), WAIT)
                    .orElseThrow(() -> new AssertionError("no event for " + first + " through the gateway"));
            assertThat(event.name()).isEqualTo("incident");
            lastEventId = event.id();
        }
        String missed = report(community);
        try (EventStream resumed = open(token, community, Map.of("Last-Event-ID", lastEventId))) {
            EventStream.Frame event = resumed.awaitEvent(frame -> true, WAIT).orElseThrow();
            assertThat(new JsonPath(event.data()).getString("subject")).isEqualTo(missed);
        }
    }

    @Test
    void shouldKeepAnIdleStreamOpenWithHeartbeatsAndEndItWhenTheTokenExpires() {
        String token = TokenVariantsIT.grant(
                        SystemUnderTest.KEYCLOAK + "/realms/fengqiao/protocol/openid-connect/token",
                        SHORT_CLIENT,
                        "commander")
                .get("access_token")
                .toString();
        String claims = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        Instant expires = Instant.ofEpochSecond(new JsonPath(claims).getLong("exp"));
        String quiet = "quiet-" + UUID.randomUUID().toString().substring(0, 8);
        try (EventStream stream = open(token, quiet, Map.of())) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.next(WAIT).orElseThrow().comments())
                    .as("a comment at once: the headers go out with it")
                    .contains("connected");
            assertThat(stream.next(Duration.ofSeconds(SHORT_TOKEN_SECONDS))
                            .orElseThrow()
                            .comments())
                    .as("nothing happens in this community: a heartbeat keeps the stream open")
                    .contains("heartbeat");
            assertThat(stream.endsWithin(Duration.ofSeconds(SHORT_TOKEN_SECONDS)))
                    .as("the stream ends when its token expires")
                    .isTrue();
            assertThat(Instant.now()).isAfterOrEqualTo(expires.minusSeconds(1));
        }
    }

    private static EventStream open(String token, String community, Map<String, String> headers) {
        Map<String, String> all = new HashMap<>(headers);
        all.put("Authorization", "Bearer " + token);
        return EventStream.open(
                URI.create(SystemUnderTest.gateway() + "/api/incidents/stream?community=" + community), all);
    }

    /** A report through the gateway, as an officer: its id. */
    static String report(String community) {
        return given().baseUri(SystemUnderTest.gateway())
                .auth()
                .oauth2(KeycloakTokens.of("officer"))
                .contentType(ContentType.JSON)
                .body("{\"channel\":\"CALL_110\",\"category\":\"DISPUTE\",\"summary\":\"live\",\"community\":\""
                        + community + "\"}")
                .post("/api/incidents")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
