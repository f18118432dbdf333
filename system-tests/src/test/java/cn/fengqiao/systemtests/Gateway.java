package cn.fengqiao.systemtests;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import cn.fengqiao.infrastructure.testing.KeycloakTokens;

/** Requests through the gateway of the system under test, with a real token of the user (or city-system). */
final class Gateway {

    private Gateway() {}

    static RequestSpecification as(String user) {
        return given().baseUri(SystemUnderTest.gateway())
                .auth()
                .oauth2(KeycloakTokens.of(user))
                .contentType(ContentType.JSON);
    }
}
