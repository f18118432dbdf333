package cn.fengqiao.systemtests;

import static io.restassured.RestAssured.given;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.fengqiao.infrastructure.testing.AccessMatrix.Rule;

/** The gateway's combined OpenAPI document, read as the policy tests need it: operations, their roles, their bodies. */
final class CombinedOpenApi {

    private static final Pattern DESCRIBED_ROLES = Pattern.compile("Roles: ([a-z-]+(?:, [a-z-]+)*)");

    /** An operation ("POST /api/incidents/{id}/dispatch"), its roles ("public", "*" or names) and whether it reads a body. */
    record Operation(String key, Set<String> roles, boolean takesBody) {}

    final JsonNode document;
    final Map<String, Operation> operations = new TreeMap<>();

    CombinedOpenApi() throws Exception {
        document = new ObjectMapper()
                .readTree(given().baseUri(SystemUnderTest.gateway())
                        .get("/openapi")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
        document.path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
                    String key = op.getKey().toUpperCase() + " " + path.getKey();
                    operations.put(
                            key,
                            new Operation(
                                    key, roles(op.getValue()), op.getValue().has("requestBody")));
                }));
    }

    /** The operation a policy row calls: the template that matches with the fewest parameters. */
    Optional<Operation> of(Rule rule) {
        String path = rule.path().replaceAll("\\?.*", "");
        return operations.values().stream()
                .filter(op -> op.key().startsWith(rule.method() + " "))
                .filter(op -> path.matches(template(op.key().substring(op.key().indexOf(' ') + 1))))
                .min(Comparator.comparingLong(
                        op -> op.key().chars().filter(c -> c == '{').count()));
    }

    /** A path template as a pattern: each {parameter} one path segment's worth, the rest literally ("." too). */
    static String template(String path) {
        return Arrays.stream(path.split("\\{[^}]+}", -1)).map(Pattern::quote).collect(Collectors.joining("[^/]+"));
    }

    /** The roles an operation names: its security scopes, else its "Roles: ..." description; "public" if it needs none. */
    private static Set<String> roles(JsonNode operation) {
        if (operation.path("security").isEmpty()) { // absent, or [] as the gateway marks a public route
            return Set.of("public");
        }
        Set<String> scopes = new TreeSet<>();
        operation
                .path("security")
                .forEach(requirement -> requirement
                        .fields()
                        .forEachRemaining(scheme -> scheme.getValue().forEach(scope -> scopes.add(scope.asText()))));
        if (!scopes.isEmpty()) {
            return scopes;
        }
        Matcher described =
                DESCRIBED_ROLES.matcher(operation.path("description").asText());
        if (described.find()) {
            Set<String> named =
                    new TreeSet<>(List.of(described.group(1).replace(" ", "").split(",")));
            return named.equals(Set.of("any")) ? Set.of("*") : named; // "Roles: any signed-in user"
        }
        return Set.of("*");
    }
}
