package cn.fengqiao.systemtests;

import static io.restassured.RestAssured.given;

import cn.fengqiao.infrastructure.testing.KeycloakTokens;

/** Real tokens from the running Keycloak: password grant for the demo users, client credentials for city-system. */
final class Tokens {

    private Tokens() {}

    /** A demo user's token, or the city-system client's own for "city-system" (cached while it is fresh). */
    static String of(String user) {
        return KeycloakTokens.of(user);
    }

    static String citySystem() {
        return given().formParam("grant_type", "client_credentials")
                .formParam("client_id", "city-system")
                .formParam("client_secret", SystemUnderTest.env("CITY_SYSTEM_SECRET", "city-system-secret"))
                .when()
                .post(SystemUnderTest.KEYCLOAK + "/realms/fengqiao/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }
}
