package cn.fengqiao.infrastructure.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The station's access policy as data: {@code deploy/policy/access-policy.csv}, one row per operation
 * of every service ({@code service|operation|method|path|body|roles}). Every role in {@link #ROLES} is
 * tried on every row with a real token: an allowed role is never refused (401 or 403), every other
 * role gets 403. Rows that name a role as {@code role@station} are also tried with the station
 * client's tokens ("officer@station" as the caller). Placeholders such as {@code {incident}} are filled
 * from ids the test created; {@code {role}} becomes the role's name.
 */
public final class AccessMatrix {

    public static final List<String> ROLES = List.of(
            "commander", "officer", "auxiliary", "mediator", "lawyer", "volunteer", "auditor", "admin", "city-system");

    /** The policy file, relative to the repository root. */
    public static final String POLICY = "deploy/policy/access-policy.csv";

    private static final String STATION = "@station";
    private static final String FORM = "form:";
    /** How a PATCH of the policy sends its body (RFC 7396; the charset said, or RestAssured sends Latin-1). */
    public static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";

    public record Rule(String service, String operation, String method, String path, String body, Set<String> allowed) {

        /** Whether the caller ("officer", or "officer@station" for the station client's token) may call it. */
        public boolean allows(String caller) {
            String role = caller.replace(STATION, "");
            return allowed.contains("*")
                    || allowed.contains("public")
                    || allowed.contains(role)
                    || (caller.endsWith(STATION) && allowed.contains(role + STATION));
        }

        /** Every caller the row is tried with: each role, and each user role on the station client too. */
        public List<String> callers() {
            if (allowed.stream().noneMatch(r -> r.endsWith(STATION))) {
                return ROLES;
            }
            return Stream.concat(
                            ROLES.stream(),
                            ROLES.stream().filter(r -> !r.equals("city-system")).map(r -> r + STATION))
                    .toList();
        }

        /** The roles the row names, whatever the client ("*" and "public" as they are). */
        public Set<String> roles() {
            return allowed.stream().map(r -> r.replace(STATION, "")).collect(java.util.stream.Collectors.toSet());
        }

        public boolean writes() {
            return !method.equals("GET");
        }
    }

    private AccessMatrix() {}

    /** Every row of the policy, in file order. */
    public static List<Rule> rules() {
        try {
            return Files.readAllLines(policyFile(), StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\\|", -1))
                    .map(f -> new Rule(f[0], f[1], f[2], f[3], f[4], Set.copyOf(Arrays.asList(f[5].split(" ")))))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of one service. */
    public static List<Rule> rules(String service) {
        List<Rule> rules =
                rules().stream().filter(r -> r.service().equals(service)).toList();
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("no rows for " + service + " in " + POLICY);
        }
        return rules;
    }

    /** One JUnit case per row of the service and caller: (operation, caller, rule). */
    public static Stream<Arguments> cells(String service) {
        return rules(service).stream()
                .flatMap(rule -> rule.callers().stream().map(caller -> Arguments.of(rule.operation(), caller, rule)));
    }

    /** Calls the row's operation as the caller on RestAssured's default target and checks the answer. */
    public static void check(Rule rule, String caller, Map<String, String> ids) {
        int status = call(rule, caller, ids, given());
        if (rule.allows(caller)) {
            assertThat(status)
                    .as(rule.operation() + " as " + caller + " must be allowed")
                    .isNotIn(401, 403);
        } else {
            assertThat(status)
                    .as(rule.operation() + " as " + caller + " must be refused")
                    .isEqualTo(403);
        }
    }

    /** Whether an answer agrees with the row: allowed is never 401/403, refused is exactly 403. */
    public static boolean agrees(Rule rule, String caller, int status) {
        return rule.allows(caller) ? status != 401 && status != 403 : status == 403;
    }

    /** Calls the row's operation as the caller with the given request (base URI set by the caller). */
    public static int call(Rule rule, String caller, Map<String, String> ids, RequestSpecification request) {
        String role = caller.replace(STATION, "");
        String token = caller.endsWith(STATION) ? KeycloakTokens.station(role) : KeycloakTokens.of(role);
        return call(rule, role, token, ids, request);
    }

    /**
     * Calls the row's operation with this bearer token (none if null), the body filled for the role.
     */
    public static int call(
            Rule rule, String role, String token, Map<String, String> ids, RequestSpecification request) {
        return send(rule, role, token, ids, request).statusCode();
    }

    /** Sends the row's operation with this bearer token (none if null) and answers the whole response. */
    public static Response send(
            Rule rule, String role, String token, Map<String, String> ids, RequestSpecification request) {
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        // X-Purpose: resident reads need one, and a 400 for its absence would hide the access decision.
        request = request.header("X-Purpose", "access-matrix");
        if (rule.path().endsWith("/stream")) {
            request = request.filter(new StreamOpening());
        }
        String body = fill(rule.body(), role, ids);
        if (body.startsWith(FORM)) {
            request = request.contentType("application/x-www-form-urlencoded; charset=UTF-8");
            for (String pair : body.substring(FORM.length()).split("&")) {
                request =
                        request.formParam(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            }
        } else if (rule.method().equals("PATCH")) {
            // a correction: a merge patch, with the reason the register asks for
            request = request.contentType(MERGE_PATCH)
                    .header("X-Reason", "access-matrix")
                    .body(body);
        } else if (!body.isEmpty()) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        return request.request(rule.method(), fill(rule.path(), role, ids));
    }

    /** Fills the placeholders of a path or body. */
    public static String fill(String template, String role, Map<String, String> ids) {
        String filled = template.replace("{role}", role.replace("-", ""));
        for (var id : ids.entrySet()) {
            filled = filled.replace("{" + id.getKey() + "}", id.getValue());
        }
        return filled;
    }

    /** The policy file, found from the working directory (a module's or the root) upwards. */
    public static Path policyFile() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(POLICY))) {
                return dir.resolve(POLICY);
            }
        }
        throw new IllegalStateException(
                "cannot find " + POLICY + " above " + Path.of("").toAbsolutePath());
    }
}
