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

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

import cn.fengqiao.infrastructure.testing.KeycloakTokens;
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
        String token = KeycloakTokens.of("officer");
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
        String auditor = KeycloakTokens.of("auditor");
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
                    .oauth2(KeycloakTokens.of("officer"))
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
                    .oauth2(KeycloakTokens.of("auxiliary"))
                    .when()
                    .get("/api/incidents/" + id)
                    .then()
                    .statusCode(200)
                    .body("reporterPhone", equalTo("139****1111"));

            String commander = KeycloakTokens.of("commander");
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
                duplicatesBefore.put(
                        consumer, InboxMetrics.count(consumer, "duplicate", "cn.fengqiao.incident.reported.v1"));
            }
            Map<String, String> headers = new HashMap<>();
            event.headers().forEach(h -> headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8)));
            TopicProbe.send("incident-events", event.key(), event.value(), headers);

            for (App consumer : consumers) {
                TopicProbe.awaitCaughtUp(
                        SystemUnderTest.consumerGroup(consumer), "incident-events", Duration.ofSeconds(60));
                assertThat(InboxMetrics.count(consumer, "duplicate", "cn.fengqiao.incident.reported.v1"))
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
                .oauth2(KeycloakTokens.of("city-system"))
                .when()
                .get("/api/addresses/communities")
                .then()
                .statusCode(200)
                .body("page", equalTo(0));
        given().baseUri(SystemUnderTest.gateway())
                .auth()
                .oauth2(KeycloakTokens.of("city-system"))
                .when()
                .get("/api/incidents")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }
}
