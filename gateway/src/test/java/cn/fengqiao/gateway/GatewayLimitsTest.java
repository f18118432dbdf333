package cn.fengqiao.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;

/**
 * The gateway's limits with small quotas: the token buckets (429 with Retry-After), the body limit
 * (413, 411), the circuit breaker (503 at once while a backend is down), the headers of every API
 * answer, and one access-log line per request with no token or query string in it.
 */
@QuarkusTest
@TestProfile(GatewayLimitsTest.SmallLimits.class)
class GatewayLimitsTest {

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "fengqiao.gateway.rate-classes.standard.per-second", "5",
                    "fengqiao.gateway.rate-classes.standard.burst", "10",
                    "fengqiao.gateway.max-body-size", "1K",
                    "fengqiao.gateway.circuit-breaker.failure-threshold", "3",
                    "fengqiao.gateway.circuit-breaker.open-for", "30S",
                    "fengqiao.gateway.backend-connections", "2",
                    "fengqiao.gateway.backend-queue", "2");
        }
    }

    @BeforeAll
    static void startBackends() throws Exception {
        BackendStubs.start();
    }

    @Test
    void shouldAdmitNoMoreThanTheQuotaAndTellEveryRefusedCallerWhenToComeBack() {
        String token = KeycloakTokens.accessToken("auxiliary");
        int sent = 50; // five times the burst
        int admitted = 0;
        long started = System.nanoTime();
        for (int i = 0; i < sent; i++) {
            Response response = given().auth().oauth2(token).when().get("/api/incidents");
            // every answer, admitted or not, tells the caller its bucket (IETF httpapi RateLimit fields)
            assertThat(response.header("RateLimit-Policy")).isEqualTo("\"standard\";q=10;w=2");
            assertThat(response.header("RateLimit")).matches("\"standard\";r=\\d+;t=[0-2]");
            if (i == 0) {
                assertThat(response.header("RateLimit")).startsWith("\"standard\";r=9;");
            }
            if (response.statusCode() == 200) {
                admitted++;
            } else {
                assertThat(response.statusCode()).isEqualTo(429);
                assertThat(response.contentType()).startsWith("application/problem+json");
                assertThat(Integer.parseInt(response.header("Retry-After"))).isBetween(1, 60);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double quota = 10 + 5 * seconds; // the burst and what refilled meanwhile
        System.out.printf("rate limit: %d sent in %.2f s, %d admitted, quota %.1f%n", sent, seconds, admitted, quota);
        assertThat(admitted).isGreaterThanOrEqualTo(10).isLessThanOrEqualTo((int) Math.floor(quota * 1.01));
        // another user of the same client has a bucket of their own
        given().auth()
                .oauth2(KeycloakTokens.accessToken("officer"))
                .when()
                .get("/api/incidents")
                .then()
                .statusCode(200);
    }

    @Test
    void shouldShedWhatItCannotQueueForABusyBackendAtOnceInsteadOfPilingItUp() throws Exception {
        // the slow stand-in for resident-service answers after 3 s; 2 connections and 2 waiting places
        String token = KeycloakTokens.accessToken("officer");
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        long started = System.nanoTime();
        List<Long> answeredAfter = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 8; i++) {
            answers.add(http.sendAsync(
                            HttpRequest.newBuilder(URI.create(
                                            RestAssured.baseURI + ":" + RestAssured.port + "/api/residents/" + i))
                                    .header("Authorization", "Bearer " + token)
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .whenComplete((r, e) -> answeredAfter.add((System.nanoTime() - started) / 1_000_000)));
        }
        List<HttpResponse<String>> shed = new ArrayList<>();
        for (var answer : answers) {
            HttpResponse<String> response = answer.get();
            if (response.body().contains("is busy")) {
                shed.add(response);
            }
        }
        assertThat(shed).as("beyond 2 in flight and 2 waiting").hasSizeGreaterThanOrEqualTo(4);
        assertThat(shed).allSatisfy(r -> {
            assertThat(r.statusCode()).isEqualTo(503);
            assertThat(r.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        });
        // refused at once, long before the backend or the gateway's 1 s timeout would answer
        assertThat(answeredAfter.stream().sorted().toList().get(3)).isLessThan(900L);
    }

    @Test
    void shouldRefuseABodyOverTheLimitAndOneWithoutALength() throws Exception {
        String token = KeycloakTokens.accessToken("commander");
        given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body("{\"summary\":\"" + "x".repeat(2048) + "\"}")
                .when()
                .post("/api/incidents")
                .then()
                .statusCode(413)
                .contentType("application/problem+json");
        // a body of unknown length goes out chunked
        HttpResponse<String> chunked = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/api/incidents"))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofInputStream(
                                        () -> new ByteArrayInputStream("{\"summary\":\"chunked\"}".getBytes())))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).isEqualTo(411);
        assertThat(chunked.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void shouldOpenTheCircuitOfABackendThatKeepsFailing() {
        String token = KeycloakTokens.accessToken("mediator");
        for (int i = 0; i < 3; i++) {
            given().auth()
                    .oauth2(token)
                    .when()
                    .get("/api/disputes")
                    .then()
                    .statusCode(503)
                    .body("detail", containsString("cannot be reached"));
        }
        long started = System.nanoTime();
        given().auth()
                .oauth2(token)
                .when()
                .get("/api/disputes")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .body("detail", containsString("is failing"))
                .header("Retry-After", org.hamcrest.Matchers.notNullValue());
        assertThat((System.nanoTime() - started) / 1_000_000).as("milliseconds").isLessThan(500);
    }

    @Test
    void shouldMarkEveryApiAnswerUncacheableAndLogItWithoutTokensOrQueries() {
        List<String> lines = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(String.format(record.getMessage(), record.getParameters()));
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        java.util.logging.Logger access = java.util.logging.Logger.getLogger("fengqiao.access");
        access.addHandler(capture);
        try {
            String requestId = "limits-" + System.nanoTime();
            given().auth()
                    .oauth2(KeycloakTokens.accessToken("commander"))
                    .header("X-Request-Id", requestId)
                    .when()
                    .get("/api/incidents?idNumber=140502199001011234")
                    .then()
                    .statusCode(200)
                    .header("Cache-Control", "no-store")
                    .header("Content-Security-Policy", containsString("default-src 'none'"))
                    .header("Server", nullValue());
            String line = lines.stream()
                    .filter(l -> l.contains(requestId))
                    .findFirst()
                    .orElseThrow();
            assertThat(line)
                    .contains("\"status\":200", "\"route\":\"/api/incidents\"", "commander")
                    .containsPattern("\"millis\":\\d+\\.\\d}$")
                    .doesNotContain("140502199001011234", "Bearer", "eyJ");
        } finally {
            access.removeHandler(capture);
        }
        given().when().get("/api/nowhere").then().statusCode(404).body("status", equalTo(404));
    }
}
