package cn.fengqiao.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

import cn.fengqiao.infrastructure.testing.KeycloakTokens;

/**
 * One call followed end to end: a report that comes in with a trace context (as from a frontend that
 * traces) is traced by the gateway, incident-service, and, across the outbox and Kafka, by each of the
 * three consumers, all in the caller's trace, as the collector the apps export to sees it.
 */
class TracingIT {

    @BeforeAll
    static void startTheSystem() {
        SystemUnderTest.start();
    }

    @Test
    void shouldFollowOneReportFromTheGatewayThroughKafkaIntoEveryConsumer() {
        byte[] id = new byte[16];
        ThreadLocalRandom.current().nextBytes(id);
        String trace = HexFormat.of().formatHex(id);
        TraceCollector.watch(trace);
        given().baseUri(SystemUnderTest.gateway())
                .auth()
                .oauth2(KeycloakTokens.of("officer"))
                .header("traceparent", "00-" + trace + "-00f067aa0ba902b7-01")
                .contentType(ContentType.JSON)
                .body(
                        "{\"channel\":\"CALL_110\",\"category\":\"HELP\",\"summary\":\"trace\",\"community\":\"wanyuan\"}")
                .post("/api/incidents")
                .then()
                .statusCode(201);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(TraceCollector.appsIn(trace))
                        .as("the apps that traced the report")
                        .containsExactlyInAnyOrder(
                                "gateway",
                                "incident-service",
                                "resident-service",
                                "mediation-service",
                                "patrol-service"));
        System.out.printf("tracing: one report's trace %s seen by %s%n", trace, TraceCollector.appsIn(trace));
    }
}
