package cn.fengqiao.incident;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import cn.fengqiao.incident.domain.Incident;
import cn.fengqiao.incident.messaging.IncidentTopics;
import cn.fengqiao.infrastructure.testing.TopicProbe;

/**
 * A report retried with its Idempotency-Key, as a city system retries after a timeout: the first
 * answer again, one incident, one event; another body under the key refused; simultaneous duplicates
 * make one incident; a refused first attempt frees the key.
 */
@QuarkusTest
@TestSecurity(user = "officer", roles = "officer")
class IdempotentReportTest {

    static String report(String summary) {
        return "{\"channel\":\"CALL_110\",\"category\":\"HELP\",\"summary\":\"%s\",\"community\":\"wanyuan\"}"
                .formatted(summary);
    }

    static Response post(String key, String body) {
        return given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/incidents");
    }

    static long incidents(String summary) {
        return QuarkusTransaction.requiringNew().call(() -> Incident.count("summary", summary));
    }

    @Test
    void shouldAnswerARetriedReportWithTheFirstAnswerMakingOneIncidentAndOneEvent() {
        String summary = "重试报警 " + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        try (TopicProbe events = TopicProbe.fromNow(IncidentTopics.INCIDENT_EVENTS)) {
            Response first = post(key, report(summary));
            Response again = post(key, report(summary));

            first.then().statusCode(201);
            again.then().statusCode(201).header("Idempotency-Replayed", "true");
            assertThat(again.header("Location")).isEqualTo(first.header("Location"));
            assertThat(again.jsonPath().getMap("$")).isEqualTo(first.jsonPath().getMap("$"));
            assertThat(incidents(summary)).isEqualTo(1);
            String id = first.path("id");
            assertThat(events.collect(
                            r -> id.equals(r.key())
                                    && "cn.fengqiao.incident.reported.v1".equals(TopicProbe.header(r, "ce_type")),
                            Duration.ofSeconds(5)))
                    .hasSize(1);
        }
        post(key, report(summary + " 另一内容")).then().statusCode(422).contentType("application/problem+json");
        post("a key with spaces", report(summary))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("Idempotency-Key"));
        assertThat(incidents(summary)).isEqualTo(1);
    }

    @Test
    void shouldLetOneOfSimultaneousDuplicatesMakeTheIncident() throws Exception {
        String summary = "同时重试 " + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Response>> racers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                racers.add(() -> post(key, report(summary)));
            }
            List<Response> answers = new ArrayList<>();
            for (Future<Response> answer : pool.invokeAll(racers)) {
                answers.add(answer.get());
            }
            assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).isIn(201, 409));
            assertThat(answers.stream()
                            .filter(a -> a.statusCode() == 201)
                            .map(a -> a.header("Location"))
                            .distinct())
                    .hasSize(1);
            assertThat(answers.stream().filter(a -> a.statusCode() == 409))
                    .allSatisfy(a -> assertThat(a.header("Retry-After")).isEqualTo("1"));
        } finally {
            pool.shutdownNow();
        }
        assertThat(incidents(summary)).isEqualTo(1);
    }

    @Test
    void shouldFreeTheKeyWhenTheFirstAttemptWasRefused() {
        String summary = "先错后对 " + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        post(key, report(summary).replace("HELP", "NO_SUCH_CATEGORY")).then().statusCode(400);
        post(key, report(summary)).then().statusCode(201).header("Idempotency-Replayed", (String) null);
        assertThat(incidents(summary)).isEqualTo(1);
    }
}
