package cn.fengqiao.gateway;

import static io.restassured.RestAssured.given;

import java.util.Optional;

/** Real access tokens from the running Keycloak (realm fengqiao) for the demo users. */
final class KeycloakTokens {

    static final String KEYCLOAK =
            Optional.ofNullable(System.getenv("FENGQIAO_KEYCLOAK_URL")).orElse("http://localhost:8180");

    private KeycloakTokens() {}

    static String accessToken(String user) {
        return given().formParam("grant_type", "password")
                .formParam("client_id", "fengqiao-frontend")
                .formParam("username", user)
                .formParam("password", "demo")
                .when()
                .post(KEYCLOAK + "/realms/fengqiao/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    static String idToken(String user) {
        return given().formParam("grant_type", "password")
                .formParam("client_id", "fengqiao-frontend")
                .formParam("username", user)
                .formParam("password", "demo")
                .formParam("scope", "openid")
                .when()
                .post(KEYCLOAK + "/realms/fengqiao/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("id_token");
    }
}
