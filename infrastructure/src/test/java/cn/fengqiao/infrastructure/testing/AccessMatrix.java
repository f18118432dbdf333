package cn.fengqiao.infrastructure.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * A service's access rules as data: each line of the table is {@code operation|method|path|body|roles}
 * ("*" = any signed-in role). Every role in {@link #ROLES} is tried on every line with a real token:
 * an allowed role is never refused (401 or 403), every other role gets 403. Placeholders such as
 * {@code {incident}} are filled from ids the test created; {@code {role}} becomes the role's name.
 */
public final class AccessMatrix {

    public static final List<String> ROLES = List.of(
            "commander", "officer", "auxiliary", "mediator", "lawyer", "volunteer", "auditor", "admin", "city-system");

    public record Rule(String operation, String method, String path, String body, Set<String> allowed) {}

    private AccessMatrix() {}

    /** One JUnit case per rule and role: (operation, role, rule). */
    public static Stream<Arguments> cells(String resource) {
        try (InputStream in = AccessMatrix.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no access table at " + resource);
            }
            List<Rule> rules = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\\|", -1))
                    .map(f -> new Rule(f[0], f[1], f[2], f[3], Set.of(f[4].split(" "))))
                    .toList();
            return rules.stream()
                    .flatMap(rule -> ROLES.stream().map(role -> Arguments.of(rule.operation(), role, rule)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Calls the rule's operation as the role and checks the answer against the table. */
    public static void check(Rule rule, String role, Map<String, String> ids) {
        String path = fill(rule.path(), role, ids);
        // X-Purpose: resident reads need one, and a 400 for its absence would hide the access decision.
        RequestSpecification request =
                given().auth().oauth2(KeycloakTokens.of(role)).header("X-Purpose", "access-matrix");
        if (!rule.body().isEmpty()) {
            request = request.contentType(ContentType.JSON).body(fill(rule.body(), role, ids));
        }
        int status = request.request(rule.method(), path).then().extract().statusCode();
        if (rule.allowed().contains("*") || rule.allowed().contains(role)) {
            assertThat(status)
                    .as(rule.operation() + " as " + role + " must be allowed")
                    .isNotIn(401, 403);
        } else {
            assertThat(status)
                    .as(rule.operation() + " as " + role + " must be refused")
                    .isEqualTo(403);
        }
    }

    private static String fill(String template, String role, Map<String, String> ids) {
        String filled = template.replace("{role}", role.replace("-", ""));
        for (var id : ids.entrySet()) {
            filled = filled.replace("{" + id.getKey() + "}", id.getValue());
        }
        return filled;
    }
}
