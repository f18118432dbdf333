package cn.fengqiao.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.response.Response;

import cn.fengqiao.infrastructure.testing.AccessMatrix;
import cn.fengqiao.infrastructure.testing.AccessMatrix.Rule;

/**
 * Every POST of the access policy retried through the gateway with its Idempotency-Key, as a city
 * system retries after a timeout (Open311's form post too): a success is answered again exactly
 * (status, Location, body, Idempotency-Replayed) and the retry stores nothing more; a refusal frees
 * the key, so the retry is worked again and refused the same way, storing nothing either.
 */
class IdempotencyIT {

    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void startTheSystem() {
        SystemUnderTest.start();
    }

    @ParameterizedTest
    @ValueSource(strings = {"incident-service", "resident-service", "mediation-service", "patrol-service"})
    void shouldAnswerEveryRetriedPostWithItsFirstAnswerAndStoreNothingMore(String service) throws Exception {
        SystemUnderTest.App app = SystemUnderTest.App.of(service);
        Map<String, String> ids = PolicyFixtures.fresh();
        Map<Integer, Integer> firsts = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        int operations = 0;
        int replayed = 0;
        for (Rule rule : AccessMatrix.rules(service)) {
            if (!rule.method().equals("POST") || rule.allowed().contains("public")) {
                continue;
            }
            operations++;
            AllowedCaller allowed = AllowedCaller.of(rule);
            String role = allowed.role();
            String token = allowed.token();
            String key = UUID.randomUUID().toString();

            Response first = send(rule, role, token, ids, key);
            Map<String, Long> before = Databases.rowCounts(app, BadInputIT.WRITTEN_BY_THE_API);
            Response again = send(rule, role, token, ids, key);
            Map<String, Long> after = Databases.rowCounts(app, BadInputIT.WRITTEN_BY_THE_API);

            firsts.merge(first.statusCode(), 1, Integer::sum);
            boolean success = first.statusCode() < 300;
            if (again.statusCode() != first.statusCode()) {
                wrong.add("%s: %d, then %d".formatted(rule.operation(), first.statusCode(), again.statusCode()));
            } else if (success && !"true".equals(again.header("Idempotency-Replayed"))) {
                wrong.add(rule.operation() + ": a success retried was worked again, not replayed");
            } else if (success && !Objects.equals(first.header("Location"), again.header("Location"))) {
                wrong.add(rule.operation() + ": replayed with another Location");
            } else if (success && !sameBody(first, again)) {
                wrong.add(rule.operation() + ": replayed with another body");
            } else if (!success && again.header("Idempotency-Replayed") != null) {
                wrong.add(rule.operation() + ": a refusal was kept and replayed");
            }
            if (!after.equals(before)) {
                wrong.add("%s: the retry changed the tables (%s → %s)".formatted(rule.operation(), before, after));
            }
            replayed += success ? 1 : 0;
        }
        System.out.printf(
                "idempotent retries, %s: %d POST operations, first answers by status %s, %d replayed, %d wrong%n",
                service, operations, firsts, replayed, wrong.size());
        assertThat(wrong).as("retried POSTs of " + service).isEmpty();
    }

    private static Response send(Rule rule, String role, String token, Map<String, String> ids, String key) {
        return AccessMatrix.send(
                rule,
                role,
                token,
                ids,
                given().baseUri(SystemUnderTest.gateway()).header("Idempotency-Key", key));
    }

    private static boolean sameBody(Response first, Response again) throws Exception {
        String a = first.asString();
        String b = again.asString();
        if (a.isBlank() || b.isBlank()) {
            return a.isBlank() == b.isBlank();
        }
        JsonNode one = JSON.readTree(a);
        JsonNode two = JSON.readTree(b);
        return one.equals(two);
    }
}
