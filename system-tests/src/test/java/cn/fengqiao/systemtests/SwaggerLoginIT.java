package cn.fengqiao.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Swagger UI on the gateway logs in against Keycloak as its page is configured to: the public client
 * fengqiao-frontend, the authorization code flow with PKCE (S256), the endpoints the combined
 * OpenAPI document names. The flow is walked as a browser would — Keycloak's login form, the redirect
 * with the code, the exchange — and the token it gives is used through the gateway. The realm must
 * refuse the exchange with a wrong PKCE verifier, and a redirect to an address it does not know.
 */
class SwaggerLoginIT {

    /** Where Swagger UI sends the browser back to, on the gateway's usual address (deploy/local/run.sh). */
    static final String REDIRECT = "http://localhost:8080/q/swagger-ui/oauth2-redirect.html";

    static final Pattern FORM_ACTION = Pattern.compile("action=\"([^\"]+)\"");

    static JsonPath flow;

    @BeforeAll
    static void startSystem() {
        SystemUnderTest.start();
        flow = given().baseUri(SystemUnderTest.gateway())
                .get("/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .setRootPath(
                        "components.securitySchemes.find { it.value.type == 'oauth2' }.value.flows.authorizationCode");
    }

    @Test
    void shouldServeSwaggerUiConfiguredForThePublicClientWithPkce() {
        String page = given().baseUri(SystemUnderTest.gateway())
                .get("/q/swagger-ui/index.html")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(page).contains("fengqiao-frontend").containsPattern("usePkceWithAuthorizationCodeGrant\\W+true");
        assertThat(flow.getString("authorizationUrl"))
                .isEqualTo(SystemUnderTest.KEYCLOAK + "/realms/fengqiao/protocol/openid-connect/auth");
    }

    @Test
    void shouldLogInWithTheAuthorizationCodeAndPkceAndCallTheApiWithTheToken() {
        String verifier = randomUrlSafe(48);
        String code = logIn("officer", challenge(verifier));

        String token = given().formParam("grant_type", "authorization_code")
                .formParam("client_id", "fengqiao-frontend")
                .formParam("code", code)
                .formParam("redirect_uri", REDIRECT)
                .formParam("code_verifier", verifier)
                .post(flow.getString("tokenUrl"))
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
        given().baseUri(SystemUnderTest.gateway())
                .auth()
                .oauth2(token)
                .get("/api/incidents?size=1")
                .then()
                .statusCode(200);
    }

    @Test
    void shouldRefuseTheCodeWithAWrongVerifierAndARedirectTheRealmDoesNotKnow() {
        String code = logIn("officer", challenge(randomUrlSafe(48)));
        given().formParam("grant_type", "authorization_code")
                .formParam("client_id", "fengqiao-frontend")
                .formParam("code", code)
                .formParam("redirect_uri", REDIRECT)
                .formParam("code_verifier", randomUrlSafe(48))
                .post(flow.getString("tokenUrl"))
                .then()
                .statusCode(400)
                .body("error", containsString("invalid_grant"));

        given().redirects()
                .follow(false)
                .queryParam("client_id", "fengqiao-frontend")
                .queryParam("response_type", "code")
                .queryParam("redirect_uri", "https://elsewhere.example/steal")
                .queryParam("scope", "openid")
                .get(flow.getString("authorizationUrl"))
                .then()
                .statusCode(400)
                .body(containsString("redirect"));
    }

    @Test
    void shouldShowKeycloaksLoginPageInChineseUnlessTheBrowserAsksForEnglish() {
        Map<String, String> pages = new java.util.LinkedHashMap<>();
        for (String language : new String[] {"zh-CN,zh;q=0.9", "en", ""}) {
            var request = given().queryParam("client_id", "fengqiao-frontend")
                    .queryParam("response_type", "code")
                    .queryParam("redirect_uri", REDIRECT)
                    .queryParam("scope", "openid")
                    .queryParam("code_challenge", randomUrlSafe(32))
                    .queryParam("code_challenge_method", "S256");
            if (!language.isEmpty()) {
                request = request.header("Accept-Language", language);
            }
            pages.put(
                    language,
                    request.get(flow.getString("authorizationUrl"))
                            .then()
                            .statusCode(200)
                            .extract()
                            .asString());
        }
        assertThat(pages.get("zh-CN,zh;q=0.9")).contains("登录");
        assertThat(pages.get("en")).contains("Sign in").doesNotContain("登录");
        // the station's default: Chinese for a browser that says nothing
        assertThat(pages.get("")).contains("登录");
    }

    /** Keycloak's login page filled in as a browser would; the code from the redirect to Swagger UI. */
    static String logIn(String user, String challenge) {
        String state = randomUrlSafe(12);
        Response login = given().queryParam("client_id", "fengqiao-frontend")
                .queryParam("response_type", "code")
                .queryParam("redirect_uri", REDIRECT)
                .queryParam("scope", "openid")
                .queryParam("state", state)
                .queryParam("code_challenge", challenge)
                .queryParam("code_challenge_method", "S256")
                .get(flow.getString("authorizationUrl"));
        assertThat(login.statusCode()).as("Keycloak's login page").isEqualTo(200);
        Matcher action = FORM_ACTION.matcher(login.asString());
        assertThat(action.find()).as("Keycloak's login form").isTrue();
        // the login session's cookies sent back as a browser would (they are marked Secure, so a
        // cookie jar that follows the rules keeps them from plain http)
        Response redirect = given().cookies(login.getCookies())
                .redirects()
                .follow(false)
                .formParam("username", user)
                .formParam("password", "demo")
                .post(action.group(1).replace("&amp;", "&"));
        assertThat(redirect.statusCode()).as("the login's answer").isEqualTo(302);
        URI back = URI.create(redirect.header("Location"));
        assertThat(back.getScheme() + "://" + back.getAuthority() + back.getPath())
                .isEqualTo(REDIRECT);
        assertThat(back.getQuery()).contains("state=" + state);
        Matcher code = Pattern.compile("(?:^|&)code=([^&]+)").matcher(back.getQuery());
        assertThat(code.find()).as("a code in " + back).isTrue();
        return code.group(1);
    }

    static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String randomUrlSafe(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
