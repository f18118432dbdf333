package cn.fengqiao.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;

import cn.fengqiao.infrastructure.testing.KeycloakTokens;
import cn.fengqiao.systemtests.TokenVariantsIT.KeycloakAdmin;

/**
 * The realm as shipped guards logins: a user's password is locked out after 5 failed attempts (even
 * the right one is refused then, and Keycloak's attack detection says so), not before; access tokens
 * live 5 minutes. The user is made for the test through the admin API, so no demo user is locked.
 */
class LoginProtectionIT {

    static final String TOKEN_URL = SystemUnderTest.KEYCLOAK + "/realms/fengqiao/protocol/openid-connect/token";
    static final String PASSWORD = "right-" + UUID.randomUUID();

    static KeycloakAdmin admin;
    static String username;
    static String userId;

    @BeforeAll
    static void makeAUser() {
        admin = new KeycloakAdmin();
        username = "lockout-" + UUID.randomUUID().toString().substring(0, 8);
        userId = admin.createUser("fengqiao", username, PASSWORD);
    }

    @AfterAll
    static void removeTheUser() {
        admin.api().delete("/fengqiao/users/" + userId).then().statusCode(204);
    }

    @Test
    void shouldLockAPasswordOutAfterFiveFailedLoginsAndNotBefore() throws Exception {
        failLogins(4);
        assertThat(login(PASSWORD)).as("the right password after 4 failures").isEqualTo(200);

        failLogins(5);
        assertThat(login(PASSWORD)).as("the right password after 5 failures").isNotEqualTo(200);
        JsonPath detection = admin.api()
                .get("/fengqiao/attack-detection/brute-force/users/" + userId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(detection.getBoolean("disabled"))
                .as("locked out by attack detection")
                .isTrue();
        assertThat(detection.getInt("numFailures")).isGreaterThanOrEqualTo(5);
    }

    @Test
    void shouldIssueAccessTokensThatLiveFiveMinutes() {
        String token = KeycloakTokens.of("officer");
        Map<String, Object> claims = JsonPath.from(
                        new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8))
                .getMap("");
        long lifetime = ((Number) claims.get("exp")).longValue() - ((Number) claims.get("iat")).longValue();
        assertThat(lifetime).as("seconds an access token lives").isEqualTo(300);
    }

    /**
     * Failed logins more than a second apart: the realm treats failures closer than that as a quick
     * attack and locks at once, which would hide whether the fifth failure is the one that locks.
     */
    static void failLogins(int times) throws InterruptedException {
        for (int i = 0; i < times; i++) {
            Thread.sleep(1_200);
            assertThat(login("wrong-" + i)).as("a wrong password").isIn(400, 401);
        }
        Thread.sleep(1_200);
    }

    static int login(String password) {
        return given().formParam("grant_type", "password")
                .formParam("client_id", "fengqiao-frontend")
                .formParam("username", username)
                .formParam("password", password)
                .post(TOKEN_URL)
                .statusCode();
    }
}
