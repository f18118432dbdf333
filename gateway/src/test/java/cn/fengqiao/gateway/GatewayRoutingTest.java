package cn.fengqiao.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The gateway against the real Keycloak (real tokens for the demo users) with stand-in backends
 * (BackendStubs): routing, token and role checks, request ids, timeouts, CORS and the OpenAPI merge.
 */
@QuarkusTest
class GatewayRoutingTest {

    @BeforeAll
    static void startBackends() throws Exception {
        BackendStubs.start();
    }

    @Test
    void shouldAnswer401ProblemWithoutATokenAndWithATamperedOne() {
        given().when()
                .get("/api/incidents")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .header("Content-Language", "zh-CN")
                .body("status", equalTo(401))
                .body("title", equalTo("未通过身份认证"));
        given().header("Accept-Language", "en")
                .get("/api/incidents")
                .then()
                .statusCode(401)
                .header("Content-Language", "en")
                .body("title", equalTo("Unauthorized"));
        String token = KeycloakTokens.accessToken("officer");
        String tampered = token.substring(0, token.length() - 6) + (token.endsWith("AAAAAA") ? "BBBBBB" : "AAAAAA");
        given().auth()
                .oauth2(tampered)
                .when()
                .get("/api/incidents")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        given().header("Authorization", "Bearer not-even-a-jwt")
                .when()
                .get("/api/incidents")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void shouldServeARememberedTokenAgainAndRefuseEveryAlteredCopyOfIt() {
        String token = KeycloakTokens.accessToken("officer");
        given().auth().oauth2(token).get("/api/incidents").then().statusCode(200);
        double before = tokensRecalled();
        String[] parts = token.split("\\.");
        String[] admins = KeycloakTokens.accessToken("admin").split("\\.");
        char first = parts[2].charAt(0); // the signature's last character may only carry padding bits
        for (String altered : new String[] {
            parts[0] + "." + parts[1] + "." + (first == 'A' ? 'B' : 'A') + parts[2].substring(1),
            parts[0] + "." + admins[1] + "." + parts[2],
            token.substring(0, token.length() - 2),
            token + "A",
        }) {
            given().auth().oauth2(altered).get("/api/incidents").then().statusCode(401);
        }
        given().auth().oauth2(token).get("/api/incidents").then().statusCode(200);
        given().auth().oauth2(token).get("/api/incidents").then().statusCode(200);

        assertThat(tokensRecalled() - before).isEqualTo(2);
    }

    private static double tokensRecalled() {
        String metrics =
                given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher line = Pattern.compile("(?m)^fengqiao_tokens_recalled_total\\{[^}]*} ([0-9.E]+)")
                .matcher(metrics);
        assertThat(line.find())
                .as("fengqiao_tokens_recalled_total in /q/metrics")
                .isTrue();
        return Double.parseDouble(line.group(1));
    }

    @Test
    void shouldRefuseAnIdTokenUsedAsAnAccessToken() {
        given().auth()
                .oauth2(KeycloakTokens.idToken("officer"))
                .when()
                .get("/api/incidents")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void shouldPassAPublicRouteWithoutATokenAndNoOtherRoute() {
        given().contentType(ContentType.JSON)
                .body("{\"satisfaction\":\"SATISFIED\"}")
                .when()
                .post("/api/callback-ratings/some-token")
                .then()
                .statusCode(200)
                .body("backend", equalTo("incident-service"))
                .body("authorization", equalTo(false));
        given().when().post("/api/callbacks/1/calls").then().statusCode(401);
    }

    @Test
    void shouldAnswer403ProblemForARoleTheRouteDoesNotAllow() {
        given().auth()
                .oauth2(KeycloakTokens.accessToken("auditor"))
                .when()
                .get("/api/incidents")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", equalTo("Your role may not use /api/incidents"));
    }

    @Test
    void shouldForwardAnAllowedRequestWithItsBodyTokenAndRequestId() {
        Response response = given().auth()
                .oauth2(KeycloakTokens.accessToken("officer"))
                .contentType(ContentType.JSON)
                .body("{\"summary\":\"e-bike stolen\"}")
                .when()
                .post("/api/incidents?source=test")
                .then()
                .statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"))
                .body("backend", equalTo("incident-service"))
                .body("method", equalTo("POST"))
                .body("uri", equalTo("/api/incidents?source=test"))
                .body("authorization", equalTo(true))
                .body("body", equalTo("{\"summary\":\"e-bike stolen\"}"))
                .extract()
                .response();
        assertThat(response.jsonPath().getString("requestId")).isEqualTo(response.header("X-Request-Id"));
    }

    @Test
    void shouldKeepACallersRequestIdAndReplaceAnUnsafeOne() {
        String token = KeycloakTokens.accessToken("officer");
        given().auth()
                .oauth2(token)
                .header("X-Request-Id", "city-12345-abc")
                .when()
                .get("/api/incidents")
                .then()
                .statusCode(200)
                .header("X-Request-Id", "city-12345-abc")
                .body("requestId", equalTo("city-12345-abc"));
        given().auth()
                .oauth2(token)
                .header("X-Request-Id", "bad id\twith spaces")
                .when()
                .get("/api/incidents")
                .then()
                .statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void shouldRouteByWholePathSegmentsAndAnswer404ForUnknownPaths() {
        String token = KeycloakTokens.accessToken("commander");
        given().auth()
                .oauth2(token)
                .when()
                .get("/api/patrol/plans")
                .then()
                .statusCode(200)
                .body("backend", equalTo("patrol-service"));
        given().auth()
                .oauth2(token)
                .when()
                .get("/api/incidentsX")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(token)
                .when()
                .get("/api/nowhere")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void shouldRefuseDotSegmentsThatWouldJumpToAnotherService() {
        given().urlEncodingEnabled(false)
                .auth()
                .oauth2(KeycloakTokens.accessToken("auxiliary"))
                .when()
                .get("/api/patrol/%2e%2e/residents")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void shouldAnswerTheHttpLayersOwnRefusalsInProblemJson() throws Exception {
        // nothing routes outside /api and /open311: Vert.x's own answer was an HTML page
        given().urlEncodingEnabled(false)
                .get("/api/incidents/../../etc/passwd")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().get("/nothing/here").then().statusCode(404).contentType("application/problem+json");
        given().queryParam("q", "x".repeat(12_000))
                .get("/api/incidents")
                .then()
                .statusCode(414)
                .contentType("application/problem+json")
                .body("status", equalTo(414));
        given().header("X-Padding", "x".repeat(30_000))
                .get("/api/incidents")
                .then()
                .statusCode(431)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body("x".repeat(11 * 1024 * 1024))
                .post("/api/incidents")
                .then()
                .statusCode(413)
                .contentType("application/problem+json");
        // a URI the HTTP client would not send: written on the socket as a careless client would
        for (String target : new String[] {"/api/incidents/%zz", "/api/incidents/a|b"}) {
            try (Socket socket = new Socket("localhost", RestAssured.port)) {
                socket.getOutputStream()
                        .write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                                .getBytes(StandardCharsets.US_ASCII));
                String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(answer).as(target).startsWith("HTTP/1.1 400").contains("application/problem+json");
            }
        }
    }

    @Test
    void shouldAnswer503QuicklyWhenTheBackendIsDown() {
        long started = System.nanoTime();
        given().auth()
                .oauth2(KeycloakTokens.accessToken("mediator"))
                .when()
                .get("/api/disputes")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("detail", startsWith("mediation-service cannot be reached"));
        assertThat((System.nanoTime() - started) / 1_000_000)
                .as("milliseconds to the 503")
                .isLessThan(2_000);
    }

    @Test
    void shouldAnswer504WhenTheBackendIsTooSlow() {
        given().auth()
                .oauth2(KeycloakTokens.accessToken("officer"))
                .when()
                .get("/api/residents/observed-incidents")
                .then()
                .statusCode(504)
                .contentType("application/problem+json");
    }

    @Test
    void shouldAllowCorsOnlyFromConfiguredOrigins() {
        // a browser frontend's retry of a report sends its Idempotency-Key and reads whether it was replayed
        given().header("Origin", "http://localhost:3000")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,idempotency-key")
                .when()
                .options("/api/incidents")
                .then()
                .header("Access-Control-Allow-Origin", "http://localhost:3000")
                .header("Access-Control-Allow-Headers", containsStringIgnoringCase("Idempotency-Key"));
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .when()
                .options("/api/incidents")
                .then()
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void shouldSetSecurityHeadersAndServeTheCombinedOpenApiDocument() {
        given().when()
                .get("/openapi")
                .then()
                .statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .body("paths", hasKey("/api/incident-service-stub"))
                .body("paths", hasKey("/api/patrol-service-stub"))
                .body("components.securitySchemes.SecurityScheme.type", equalTo("oauth2"))
                // what the gateway itself may answer: 429 with Retry-After, and the RateLimit fields
                .body(
                        "paths.'/api/incident-service-stub'.get.responses.'429'.'$ref'",
                        equalTo("#/components/responses/TooManyRequests"))
                .body("components.responses.TooManyRequests.headers", hasKey("Retry-After"))
                .body("components.headers", hasKey("RateLimit"))
                .body("x-unavailable-services", org.hamcrest.Matchers.hasItem("mediation-service"))
                .body("paths", not(hasKey("/q/openapi")));
    }
}
