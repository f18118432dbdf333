package cn.fengqiao.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import cn.fengqiao.infrastructure.testing.AccessMatrix;
import cn.fengqiao.infrastructure.testing.AccessMatrix.Rule;
import cn.fengqiao.systemtests.SystemUnderTest.App;

/**
 * Every kind of bad token against every protected route, through the gateway and straight at the
 * service: none, malformed, a bad signature, alg none, expired, the wrong audience, an ID token, a
 * refresh token and a token of another realm all get 401 problem+json on one GET per route (and a
 * good token does not), and 401 on every protected operation of the access policy, writes included.
 * The short-lived client and the other realm are made through Keycloak's admin API, so the shipped
 * realm stays clean.
 */
class TokenVariantsIT {

    static final String REALM = SystemUnderTest.KEYCLOAK + "/realms/fengqiao/protocol/openid-connect/token";

    /** One protected GET per route, with the service that answers it. */
    static final Map<String, App> ROUTES = new LinkedHashMap<>();

    static {
        ROUTES.put("/api/incidents", App.INCIDENT);
        ROUTES.put("/api/units", App.INCIDENT);
        ROUTES.put("/api/cases", App.INCIDENT);
        ROUTES.put("/api/briefings/2024-07-03", App.INCIDENT);
        ROUTES.put("/api/callbacks", App.INCIDENT);
        ROUTES.put("/api/rectifications", App.INCIDENT);
        ROUTES.put("/open311/v2/services.json", App.INCIDENT);
        ROUTES.put("/api/residents", App.RESIDENT);
        ROUTES.put("/api/addresses", App.RESIDENT);
        ROUTES.put("/api/housing", App.RESIDENT);
        ROUTES.put("/api/venues", App.RESIDENT);
        ROUTES.put("/api/newborn-applications/00000000-0000-0000-0000-000000000001", App.RESIDENT);
        ROUTES.put("/api/audit", App.RESIDENT);
        ROUTES.put("/api/disputes", App.MEDIATION);
        ROUTES.put("/api/mediation/lawyers", App.MEDIATION);
        ROUTES.put("/api/patrol/areas", App.PATROL);
    }

    static final Map<String, String> VARIANTS = new LinkedHashMap<>();

    @BeforeAll
    static void startSystemAndMakeTokens() throws Exception {
        SystemUnderTest.start();
        KeycloakAdmin admin = new KeycloakAdmin();
        Map<String, Object> passwordGrant = grant(REALM, "fengqiao-frontend", "commander");
        String valid = (String) passwordGrant.get("access_token");
        String[] parts = valid.split("\\.");
        VARIANTS.put("no token", null);
        VARIANTS.put("malformed", "not-even-a-jwt");
        VARIANTS.put("bad signature", parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse());
        VARIANTS.put("alg none", base64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".");
        VARIANTS.put("ID token", (String) passwordGrant.get("id_token"));
        VARIANTS.put("refresh token", (String) passwordGrant.get("refresh_token"));
        // admin-cli is in every realm and issues tokens without the API's audience
        VARIANTS.put("wrong audience", (String)
                grant(REALM, "admin-cli", "commander").get("access_token"));
        admin.ensureShortLivedClient("fengqiao", "token-variants-short", 1);
        String shortLived =
                (String) grant(REALM, "token-variants-short", "commander").get("access_token");
        admin.ensureOtherRealm("elsewhere");
        VARIANTS.put("other realm", (String) grant(
                        SystemUnderTest.KEYCLOAK + "/realms/elsewhere/protocol/openid-connect/token",
                        "fengqiao-frontend",
                        "commander")
                .get("access_token"));
        Thread.sleep(2_500); // the short-lived token (1 s) is expired now
        VARIANTS.put("expired", shortLived);
        VARIANTS.put("valid", valid);
    }

    @Test
    void shouldRefuseEveryBadTokenOnEveryRouteThroughTheGatewayAndDirectly() {
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (var route : ROUTES.entrySet()) {
            for (String base :
                    List.of(SystemUnderTest.gateway(), route.getValue().url())) {
                for (var variant : VARIANTS.entrySet()) {
                    RequestSpecification request = given().baseUri(base).accept(ContentType.JSON);
                    if (variant.getValue() != null) {
                        request = request.header("Authorization", "Bearer " + variant.getValue());
                    }
                    Response response = request.get(route.getKey());
                    cells++;
                    boolean valid = variant.getKey().equals("valid");
                    int status = response.statusCode();
                    if (valid ? status == 401 : status != 401) {
                        wrong.add(variant.getKey() + " " + base + route.getKey() + " -> " + status);
                    } else if (!valid && !response.contentType().startsWith("application/problem+json")) {
                        wrong.add(
                                variant.getKey() + " " + base + route.getKey() + " answered " + response.contentType());
                    }
                }
            }
        }
        System.out.printf("token variants: %d cells checked, %d wrong%n", cells, wrong.size());
        assertThat(wrong).isEmpty();
    }

    @Test
    void shouldRefuseEveryBadTokenOnEveryOperationOfThePolicyThroughTheGatewayAndDirectly() {
        Map<String, String> ids = PolicyFixtures.ids();
        List<Rule> protectedRules = AccessMatrix.rules().stream()
                .filter(rule -> !rule.allowed().contains("public"))
                .toList();
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (Rule rule : protectedRules) {
            for (String base :
                    List.of(SystemUnderTest.gateway(), App.of(rule.service()).url())) {
                for (var variant : VARIANTS.entrySet()) {
                    if (variant.getKey().equals("valid")) {
                        continue; // a valid token's answers are AccessPolicyIT's
                    }
                    int status = AccessMatrix.call(rule, "commander", variant.getValue(), ids, given().baseUri(base));
                    cells++;
                    if (status != 401) {
                        wrong.add("%s with %s via %s: %d".formatted(rule.operation(), variant.getKey(), base, status));
                    }
                }
            }
        }
        System.out.printf(
                "token variants: %d protected operations, %d cells checked (gateway and direct), %d wrong%n",
                protectedRules.size(), cells, wrong.size());
        assertThat(wrong).as("bad tokens not refused with 401").isEmpty();
        assertThat(cells).isEqualTo(protectedRules.size() * 2 * (VARIANTS.size() - 1));
    }

    @Test
    void shouldSayWhichCheckATokenFailedWithoutAWordAboutTheAccount() {
        Map<String, String> checks = Map.of(
                "expired", "expired",
                "bad signature", "signature",
                "wrong audience", "audience",
                "other realm", "key this API does not know");
        List<String> wrong = new ArrayList<>();
        for (var check : checks.entrySet()) {
            for (String base : List.of(SystemUnderTest.gateway(), App.INCIDENT.url())) {
                String detail = given().baseUri(base)
                        .header("Authorization", "Bearer " + VARIANTS.get(check.getKey()))
                        .get("/api/incidents")
                        .then()
                        .statusCode(401)
                        .extract()
                        .path("detail");
                if (!detail.contains(check.getValue()) || detail.contains("commander")) {
                    wrong.add("%s via %s: %s".formatted(check.getKey(), base, detail));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void shouldAcceptATokenFetchedFromKeycloakAtAnotherAddress() {
        // one issuer: Keycloak names itself by its configured hostname, whichever address was asked
        String tokenUrl = REALM.replace("localhost", "127.0.0.1");
        assertThat(tokenUrl).contains("127.0.0.1");
        String token = (String) grant(tokenUrl, "fengqiao-frontend", "officer").get("access_token");
        given().baseUri(SystemUnderTest.gateway())
                .auth()
                .oauth2(token)
                .get("/api/incidents")
                .then()
                .statusCode(200);
    }

    static Map<String, Object> grant(String tokenUrl, String client, String user) {
        return given().formParam("grant_type", "password")
                .formParam("client_id", client)
                .formParam("username", user)
                .formParam("password", "demo")
                .formParam("scope", "openid")
                .post(tokenUrl)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("");
    }

    static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /** Keycloak's admin REST API, as the local platform's admin (admin/admin unless configured). */
    static final class KeycloakAdmin {

        final String token = given().formParam("grant_type", "password")
                .formParam("client_id", "admin-cli")
                .formParam("username", SystemUnderTest.env("KEYCLOAK_ADMIN_USER", "admin"))
                .formParam("password", SystemUnderTest.env("KEYCLOAK_ADMIN_PASSWORD", "admin"))
                .post(SystemUnderTest.KEYCLOAK + "/realms/master/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");

        RequestSpecification api() {
            return given().baseUri(SystemUnderTest.KEYCLOAK + "/admin/realms")
                    .auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON);
        }

        /** A public client whose access tokens live this many seconds. */
        void ensureShortLivedClient(String realm, String clientId, int seconds) {
            int status = api().body(Map.of(
                            "clientId",
                            clientId,
                            "publicClient",
                            true,
                            "directAccessGrantsEnabled",
                            true,
                            "standardFlowEnabled",
                            false,
                            "attributes",
                            Map.of("access.token.lifespan", String.valueOf(seconds)),
                            "protocolMappers",
                            List.of(audienceMapper())))
                    .post("/" + realm + "/clients")
                    .statusCode();
            assertThat(status).as("creating " + clientId).isIn(201, 409);
        }

        void ensureOtherRealm(String realm) {
            int status = api().body(Map.of(
                            "realm", realm,
                            "enabled", true,
                            "roles", Map.of("realm", List.of(Map.of("name", "commander"))),
                            "clients",
                                    List.of(Map.of(
                                            "clientId",
                                            "fengqiao-frontend",
                                            "publicClient",
                                            true,
                                            "directAccessGrantsEnabled",
                                            true,
                                            "protocolMappers",
                                            List.of(audienceMapper()))),
                            "users",
                                    List.of(Map.of(
                                            "username",
                                            "commander",
                                            "enabled",
                                            true,
                                            "email",
                                            "commander@elsewhere.example",
                                            "emailVerified",
                                            true,
                                            "firstName",
                                            "Other",
                                            "lastName",
                                            "Realm",
                                            "realmRoles",
                                            List.of("commander"),
                                            "credentials",
                                            List.of(Map.of("type", "password", "value", "demo", "temporary", false))))))
                    .post("")
                    .statusCode();
            assertThat(status).as("creating realm " + realm).isIn(201, 409);
        }

        /** A user of the realm with this password and a complete profile; its id. */
        String createUser(String realm, String username, String password) {
            String location = api().body(Map.of(
                            "username",
                            username,
                            "enabled",
                            true,
                            "email",
                            username + "@test.example",
                            "emailVerified",
                            true,
                            "firstName",
                            "Test",
                            "lastName",
                            "User",
                            "credentials",
                            List.of(Map.of("type", "password", "value", password, "temporary", false))))
                    .post("/" + realm + "/users")
                    .then()
                    .statusCode(201)
                    .extract()
                    .header("Location");
            return location.substring(location.lastIndexOf('/') + 1);
        }

        static Map<String, Object> audienceMapper() {
            return Map.of(
                    "name", "fengqiao-api audience",
                    "protocol", "openid-connect",
                    "protocolMapper", "oidc-audience-mapper",
                    "config", Map.of("included.custom.audience", "fengqiao-api", "access.token.claim", "true"));
        }
    }
}
