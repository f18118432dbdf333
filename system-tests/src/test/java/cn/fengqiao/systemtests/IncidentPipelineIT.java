package cn.fengqiao.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

import cn.fengqiao.infrastructure.testing.TopicProbe;
import cn.fengqiao.systemtests.SystemUnderTest.App;

/**
 * The whole system, nothing faked: the five apps as packaged, real PostgreSQL, Kafka and Keycloak
 * tokens. An incident reported through the gateway must reach the three consumers exactly once,
 * even when Kafka delivers its event twice.
 */
class IncidentPipelineIT {

    static final String MINIMAL = """
            {"channel":"CALL_110","category":"HELP","summary":"老人在新华巷晕倒","community":"wanyuan",
             "addressText":"新华巷 3 号","reporterName":"王女士","reporterPhone":"13900001111"}""";

    @BeforeAll
    static void startSystem() {
        SystemUnderTest.start();
    }

    @Test
    void shouldAnswer401WithoutATokenAndWithATamperedOneThroughTheGatewayAndDirectly() {
        String token = Tokens.of("officer");
        String[] parts = token.split("\\.");
        String forgedPayload = java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(new String(java.util.Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                        .replace("\"officer\"", "\"commander\"")
                        .getBytes(StandardCharsets.UTF_8));
        String tampered = parts[0] + "." + forgedPayload + "." + parts[2];
        for (String base : new String[] {SystemUnderTest.gateway(), App.INCIDENT.url()}) {
            given().baseUri(base)
                    .contentType(ContentType.JSON)
                    .body(MINIMAL)
                    .when()
                    .post("/api/incidents")
                    .then()
                    .statusCode(401)
                    .contentType("application/problem+json");
            given().baseUri(base)
                    .auth()
                    .oauth2(tampered)
                    .contentType(ContentType.JSON)
                    .body(MINIMAL)
                    .when()
                    .post("/api/incidents")
                    .then()
                    .statusCode(401)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void shouldAnswer403ForARoleTheRouteDoesNotAllowThroughTheGatewayAndDirectly() {
        String auditor = Tokens.of("auditor");
        for (String base : new String[] {SystemUnderTest.gateway(), App.INCIDENT.url()}) {
            given().baseUri(base)
                    .auth()
                    .oauth2(auditor)
                    .contentType(ContentType.JSON)
                    .body(MINIMAL)
                    .when()
                    .post("/api/incidents")
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void shouldDeliverAReportedIncidentToTheThreeConsumersExactlyOnceEvenIfDeliveredTwice() {
        try (TopicProbe probe = TopicProbe.fromNow("incident-events")) {
            String location = given().baseUri(SystemUnderTest.gateway())
                    .auth()
                    .oauth2(Tokens.of("officer"))
                    .contentType(ContentType.JSON)
                    .body(MINIMAL)
                    .when()
                    .post("/api/incidents")
                    .then()
                    .statusCode(201)
                    .header("Location", startsWith(SystemUnderTest.gateway() + "/api/incidents/"))
                    .extract()
                    .header("Location");
            String id = location.substring(location.lastIndexOf('/') + 1);
            given().baseUri(SystemUnderTest.gateway())
                    .auth()
                    .oauth2(Tokens.of("auxiliary"))
                    .when()
                    .get("/api/incidents/" + id)
                    .then()
                    .statusCode(200)
                    .body("reporterPhone", equalTo("139****1111"));

            String commander = Tokens.of("commander");
            App[] consumers = {App.RESIDENT, App.MEDIATION, App.PATROL};
            for (App consumer : consumers) {
                String path = observedPath(consumer);
                await().atMost(Duration.ofSeconds(45))
                        .pollInterval(Duration.ofMillis(300))
                        .untilAsserted(() -> given().baseUri(SystemUnderTest.gateway())
                                .auth()
                                .oauth2(commander)
                                .when()
                                .get(path + id)
                                .then()
                                .statusCode(200)
                                .body("incidentId", equalTo(id))
                                .body("category", equalTo("HELP")));
            }

            // Kafka delivers the same event again: every consumer must recognise and skip it. Each
            // consumer first catches up with the topic, so that only this redelivery moves its counters.
            ConsumerRecord<String, String> event = probe.await(r -> id.equals(r.key()), Duration.ofSeconds(10))
                    .orElseThrow(() -> new AssertionError("the event of " + id + " is not on incident-events"));
            Map<App, Double> duplicatesBefore = new HashMap<>();
            for (App consumer : consumers) {
                TopicProbe.awaitCaughtUp(
                        SystemUnderTest.consumerGroup(consumer), "incident-events", Duration.ofSeconds(60));
                duplicatesBefore.put(consumer, inboxCounter(consumer, "duplicate"));
            }
            Map<String, String> headers = new HashMap<>();
            event.headers().forEach(h -> headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8)));
            TopicProbe.send("incident-events", event.key(), event.value(), headers);

            for (App consumer : consumers) {
                TopicProbe.awaitCaughtUp(
                        SystemUnderTest.consumerGroup(consumer), "incident-events", Duration.ofSeconds(60));
                assertThat(inboxCounter(consumer, "duplicate"))
                        .as(consumer.module + " counted the redelivery as a duplicate")
                        .isEqualTo(duplicatesBefore.get(consumer) + 1);
                given().baseUri(SystemUnderTest.gateway())
                        .auth()
                        .oauth2(commander)
                        .when()
                        .get(observedPath(consumer) + id)
                        .then()
                        .statusCode(200)
                        .body("incidentId", equalTo(id));
            }
        }
    }

    private static String observedPath(App consumer) {
        return switch (consumer) {
            case RESIDENT -> "/api/residents/observed-incidents/";
            case MEDIATION -> "/api/disputes/observed-incidents/";
            default -> "/api/patrol/observed-incidents/";
        };
    }

    @Test
    void shouldLetACitySystemReadReferenceDataWithClientCredentials() {
        given().baseUri(SystemUnderTest.gateway())
                .auth()
                .oauth2(Tokens.citySystem())
                .when()
                .get("/api/addresses/communities")
                .then()
                .statusCode(200)
                .body("page", equalTo(0));
        given().baseUri(SystemUnderTest.gateway())
                .auth()
                .oauth2(Tokens.citySystem())
                .when()
                .get("/api/incidents")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    private static double inboxCounter(App app, String outcome) {
        String metrics = given().baseUri(app.url())
                .when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        Pattern line = Pattern.compile("^fengqiao_inbox_events_total\\{([^}]*)\\} ([0-9.eE+-]+)$", Pattern.MULTILINE);
        double total = 0;
        for (Matcher m = line.matcher(metrics); m.find(); ) {
            if (m.group(1).contains("outcome=\"" + outcome + "\"")
                    && m.group(1).contains("type=\"cn.fengqiao.incident.reported.v1\"")) {
                total += Double.parseDouble(m.group(2));
            }
        }
        return total;
    }
}
