package cn.fengqiao.resident;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/** Reference data and error answers of resident-service, against the real PostgreSQL. */
@QuarkusTest
class CommunityResourceTest {

    @Test
    @TestSecurity(user = "volunteer", roles = "volunteer")
    void shouldListCommunitiesInThePagingEnvelope() {
        given().when()
                .get("/api/addresses/communities")
                .then()
                .statusCode(200)
                .body("page", equalTo(0))
                .body("size", equalTo(20))
                .body("total", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    @TestSecurity(user = "volunteer", roles = "volunteer")
    void shouldAnswerBadPagingWithProblemJson() {
        given().queryParam("page", -3)
                .when()
                .get("/api/addresses/communities")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("page"));
    }

    @Test
    @TestSecurity(user = "officer", roles = "officer")
    void shouldAnswer404ProblemForAnIncidentNeverHeardOf() {
        given().when()
                .get("/api/residents/observed-incidents/00000000-0000-0000-0000-000000000001")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    @TestSecurity(user = "volunteer", roles = "volunteer")
    void shouldRefuseObservedIncidentsToAVolunteer() {
        given().when()
                .get("/api/residents/observed-incidents")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }
}
