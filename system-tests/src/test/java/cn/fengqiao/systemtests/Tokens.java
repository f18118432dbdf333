package cn.fengqiao.systemtests;

import static io.restassured.RestAssured.given;

/** Real tokens from the running Keycloak: password grant for the demo users, client credentials for city-system. */
final class Tokens {

    private Tokens() {}

    /** A demo user's token, or the city-system client's own for "city-system". */
    static String of(String user) {
        if (user.equals("city-system")) {
            return citySystem();
        }
        return given().formParam("grant_type", "password")
                .formParam("client_id", "fengqiao-frontend")
                .formParam("username", user)
                .formParam("password", "demo")
                .when()
                .post(SystemUnderTest.KEYCLOAK + "/realms/fengqiao/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
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
