package cn.fengqiao.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.fengqiao.infrastructure.testing.AccessMatrix;
import cn.fengqiao.infrastructure.testing.AccessMatrix.Rule;

/**
 * The station's one access policy (deploy/policy/access-policy.csv), every row for every role with a
 * real Keycloak token, through the gateway and directly on the service's own port: both answers must
 * match the table (allowed: never 401/403; refused: 403), so neither the gateway's coarse rules nor a
 * service reached around the gateway differ from it. The gateway's combined OpenAPI document names the
 * same roles for every operation, and lists no operation the policy leaves out.
 */
class AccessPolicyIT {

    @BeforeAll
    static void startTheSystem() {
        SystemUnderTest.start();
    }

    @Test
    void shouldAnswerEveryCellAsThePolicySaysThroughTheGatewayAndDirectly() {
        List<Rule> rules = AccessMatrix.rules();
        Map<String, String> ids = PolicyFixtures.ids();
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (Rule rule : rules) {
            String direct = SystemUnderTest.App.of(rule.service()).url();
            for (String caller : rule.callers()) {
                for (String target : List.of(SystemUnderTest.gateway(), direct)) {
                    int status = AccessMatrix.call(rule, caller, ids, given().baseUri(target));
                    cells++;
                    if (!AccessMatrix.agrees(rule, caller, status)) {
                        wrong.add("%s as %s via %s: %d".formatted(rule.operation(), caller, target, status));
                    }
                }
            }
        }
        System.out.printf(
                "access policy: %d operations, %d cells checked (gateway and direct), %d wrong%n",
                rules.size(), cells, wrong.size());
        assertThat(wrong).as("cells that differ from the policy").isEmpty();
        assertThat(cells).isGreaterThan(rules.size() * AccessMatrix.ROLES.size() * 2 - 1);
    }

    @Test
    void shouldListEveryOperationOfTheCombinedOpenApiWithThePolicysRoles() throws Exception {
        CombinedOpenApi api = new CombinedOpenApi();
        assertThat(api.document.has("x-unavailable-services"))
                .as("every service's document merged")
                .isFalse();
        List<String> wrong = new ArrayList<>();
        Set<String> covered = new TreeSet<>();
        for (Rule rule : AccessMatrix.rules()) {
            Optional<CombinedOpenApi.Operation> operation = api.of(rule);
            if (operation.isEmpty()) {
                wrong.add(rule.operation() + ": " + rule.method() + " " + rule.path() + " is not in the document");
                continue;
            }
            covered.add(operation.get().key());
            Set<String> expected = rule.allowed().contains("*")
                    ? Set.of("*")
                    : rule.allowed().contains("public") ? Set.of("public") : rule.roles();
            if (!operation.get().roles().equals(expected)) {
                wrong.add(rule.operation() + ": the document says "
                        + operation.get().roles() + ", the policy " + expected);
            }
        }
        Set<String> unlisted = new TreeSet<>(api.operations.keySet());
        unlisted.removeAll(covered);
        long publicOperations = api.operations.values().stream()
                .filter(op -> op.roles().contains("public"))
                .count();
        System.out.printf(
                "combined OpenAPI: %d operations (%d public), %d in the policy, %d disagree, %d not in the policy%n",
                api.operations.size(), publicOperations, covered.size(), wrong.size(), unlisted.size());
        unlisted.forEach(key -> wrong.add(key + " " + api.operations.get(key).roles() + " is not in the policy"));
        assertThat(wrong)
                .as("operations the policy and the document disagree on")
                .isEmpty();
    }
}
