package cn.fengqiao.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import cn.fengqiao.infrastructure.testing.IdNumbers;
import cn.fengqiao.infrastructure.testing.KeycloakTokens;

/**
 * The API as a frontend developer meets it in a real browser: Debian's Chromium, headless, driven
 * by puppeteer-core (clients/typescript/browser/drive.mjs) on a page served from its own origin
 * (http://localhost:5173). The user logs in on Keycloak's own login form (authorization code with
 * PKCE, oidc-client-ts); the page, with the generated client, lists incidents, reports one and sees
 * it arrive on the live stream, reads a resident with X-Purpose, and shows a refusal in Chinese.
 * Every CORS preflight the page needed passed; a page from an origin the gateway does not know gets
 * no answer. Screenshots land in system-tests/target/browser/ for a person to look at.
 */
class BrowserIT {

    private static final String PAGE_ORIGIN = "http://localhost:5173";

    @BeforeAll
    static void startTheSystem() {
        SystemUnderTest.start();
    }

    @Test
    void shouldLogInThroughKeycloakAndWorkThroughTheGatewayFromAnotherOrigin() throws Exception {
        String name = "浏览器测试" + UUID.randomUUID().toString().substring(0, 4);
        String resident = registerResident(name);
        String community = "browser-" + UUID.randomUUID().toString().substring(0, 8);
        Path screenshots = SystemUnderTest.ROOT.resolve("system-tests/target/browser");

        NodeProject client = TypeScriptClientIT.CLIENT;
        client.succeed("npm", "ci", "--no-audit", "--no-fund");
        String output = client.succeed(
                Map.of(
                        "GATEWAY",
                        SystemUnderTest.gateway(),
                        "KEYCLOAK",
                        SystemUnderTest.KEYCLOAK,
                        "RESIDENT",
                        resident,
                        "COMMUNITY",
                        community,
                        "USERNAME",
                        "officer",
                        "PASSWORD",
                        "demo",
                        "SCREENSHOTS",
                        screenshots.toString()),
                "npm",
                "run",
                "--silent",
                "browser");
        String lastLine = output.strip().substring(output.strip().lastIndexOf('\n') + 1);
        JsonPath outcome = new JsonPath(lastLine);

        assertThat(outcome.getString("failure")).as("the drive: " + output).isNull();
        assertThat(outcome.getString("loginPage.url")).startsWith(SystemUnderTest.KEYCLOAK + "/realms/fengqiao/");
        assertThat(outcome.getString("loginPage.lang"))
                .as("Keycloak's login speaks Chinese")
                .startsWith("zh");
        assertThat(outcome.getString("results.error"))
                .as("the page: " + lastLine)
                .isNull();
        assertThat(outcome.getString("results.user")).isEqualTo("officer");
        assertThat(outcome.getInt("results.listed")).isGreaterThanOrEqualTo(0);
        String reported = outcome.getString("results.reported");
        assertThat(reported).isNotBlank();
        assertThat(outcome.getString("results.liveEvent.subject")).isEqualTo(reported);
        assertThat(outcome.getString("results.liveEvent.change")).isEqualTo("created");
        assertThat(outcome.getString("results.resident")).isEqualTo(name);
        assertThat(outcome.getInt("results.refusal.status")).isEqualTo(403);
        assertThat(outcome.getString("results.refusal.title")).isEqualTo("无权进行此操作");
        assertThat(outcome.getString("results.refusal.contentLanguage")).isEqualTo("zh-CN");

        List<Map<String, Object>> preflights = outcome.getList("preflights");
        assertThat(preflights)
                .as("the bearer token makes every call a preflighted one")
                .isNotEmpty();
        assertThat(preflights).allSatisfy(preflight -> {
            assertThat((Integer) preflight.get("status"))
                    .as(preflight.toString())
                    .isBetween(200, 299);
            assertThat(preflight.get("allowOrigin")).as(preflight.toString()).isEqualTo(PAGE_ORIGIN);
        });
        assertThat(preflights)
                .extracting(preflight -> preflight.get("url").toString())
                .anyMatch(url -> url.endsWith("/api/incidents/stream"))
                .anyMatch(url -> url.contains("/api/residents/"));
        assertThat(outcome.getString("unknownOrigin")).isEqualTo("refused");

        List<String> shots = outcome.getList("screenshots");
        assertThat(shots).hasSize(2);
        for (String shot : shots) {
            assertThat(Files.size(Path.of(shot))).as(shot).isGreaterThan(10_000);
        }
        System.out.printf(
                "browser: logged in on Keycloak's form, %d preflights passed, screenshots %s%n",
                preflights.size(), shots);
    }

    /** A resident the page can read, registered through the gateway as an officer. */
    private static String registerResident(String name) {
        return given().baseUri(SystemUnderTest.gateway())
                .auth()
                .oauth2(KeycloakTokens.of("officer"))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "idNumber",
                        IdNumbers.random(true),
                        "name",
                        name,
                        "householdType",
                        "FLOATING",
                        "community",
                        "wanyuan"))
                .post("/api/residents")
                .then()
                .statusCode(201)
                .extract()
                .path("id")
                .toString();
    }
}
