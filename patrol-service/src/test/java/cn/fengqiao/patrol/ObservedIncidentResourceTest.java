package cn.fengqiao.patrol;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/** Error answers of patrol-service's read endpoint, against the real PostgreSQL. */
@QuarkusTest
class ObservedIncidentResourceTest {

    @Test
    @TestSecurity(user = "officer", roles = "officer")
    void shouldAnswer404ProblemForAnIncidentNeverHeardOf() {
        given().when()
                .get("/api/patrol/observed-incidents/00000000-0000-0000-0000-000000000001")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    @TestSecurity(user = "officer", roles = "officer")
    void shouldAnswerBadPagingWithProblemJson() {
        given().queryParam("page", -1)
                .when()
                .get("/api/patrol/observed-incidents")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("page"));
    }

    @Test
    @TestSecurity(user = "volunteer", roles = "volunteer")
    void shouldRefuseARoleWithoutAccess() {
        given().when()
                .get("/api/patrol/observed-incidents")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void shouldAnswer401WithoutAToken() {
        given().when()
                .get("/api/patrol/observed-incidents")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }
}
