package cn.fengqiao.incident;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;

/**
 * The incident API against the real PostgreSQL (database incident_test) and Kafka; the caller's
 * identity is set with @TestSecurity (real Keycloak tokens are used by system-tests).
 */
@QuarkusTest
class IncidentResourceTest {

    static final String MINIMAL = """
            {"channel":"CALL_110","category":"DISPUTE","summary":"邻里因噪音争吵","community":"wanyuan",
             "reporterPhone":"13812345678"}""";

    @Test
    @TestSecurity(user = "officer", roles = "officer")
    void shouldStoreAReportedIncidentAndAnswer201WithLocation() {
        String location = given().contentType(ContentType.JSON)
                .body(MINIMAL)
                .when()
                .post("/api/incidents")
                .then()
                .statusCode(201)
                .header("Location", matchesPattern(".*/api/incidents/[0-9a-f-]{36}"))
                .body("number", matchesPattern("JQ\\d{8}-\\d{4,}"))
                .body("status", equalTo("RECEIVED"))
                .body("priority", equalTo("NORMAL"))
                .body("reportedBy", equalTo("officer"))
                .body("reporterPhone", equalTo("13812345678")) // whole for an officer, to call back
                .extract()
                .header("Location");

        given().when()
                .get(location.substring(location.indexOf("/api/")))
                .then()
                .statusCode(200)
                .body("summary", equalTo("邻里因噪音争吵"))
                .body("community", equalTo("wanyuan"));
    }

    @Test
    @TestSecurity(user = "officer", roles = "officer")
    void shouldRejectAMissingSummaryWithProblemJsonAndStoreNothing() {
        long before = count();
        given().contentType(ContentType.JSON)
                .body("""
                {"channel":"CALL_110","category":"DISPUTE","community":"wanyuan"}""")
                .when()
                .post("/api/incidents")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem("summary"));
        org.assertj.core.api.Assertions.assertThat(count()).isEqualTo(before);
    }

    @Test
    @TestSecurity(user = "officer", roles = "officer")
    void shouldRejectAnUnknownChannelCodeAndMalformedJson() {
        given().contentType(ContentType.JSON)
                .body(MINIMAL.replace("CALL_110", "CARRIER_PIGEON"))
                .when()
                .post("/api/incidents")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("channel"));
        given().contentType(ContentType.JSON)
                .body("{\"channel\":")
                .when()
                .post("/api/incidents")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body(MINIMAL.replace("13812345678", "12345"))
                .when()
                .post("/api/incidents")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("reporterPhone"));
    }

    @Test
    @TestSecurity(user = "officer", roles = "officer")
    void shouldRefuseASubCategoryOfAnotherCategory() {
        given().contentType(ContentType.JSON)
                .body(MINIMAL.replace(
                        "\"category\":\"DISPUTE\"", "\"category\":\"DISPUTE\",\"subCategory\":\"GAMBLING\""))
                .when()
                .post("/api/incidents")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("subCategory"));
        given().contentType(ContentType.JSON)
                .body(MINIMAL.replace(
                        "\"category\":\"DISPUTE\"", "\"category\":\"DISPUTE\",\"subCategory\":\"NEIGHBOUR_DISPUTE\""))
                .when()
                .post("/api/incidents")
                .then()
                .statusCode(201)
                .body("subCategory", equalTo("NEIGHBOUR_DISPUTE"));
    }

    @Test
    @TestSecurity(user = "officer", roles = "officer")
    void shouldAnswer404ForAnUnknownOrMalformedIdAnd400ForAnUnknownFilter() {
        given().when()
                .get("/api/incidents/00000000-0000-0000-0000-000000000000")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("instance", startsWith("/api/incidents/"));
        given().when().get("/api/incidents/not-a-uuid").then().statusCode(404);
        given().when()
                .get("/api/incidents?status=FINISHED")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "lawyer", roles = "lawyer")
    void shouldRefuseARoleThatMayNotReportIncidents() {
        given().contentType(ContentType.JSON)
                .body(MINIMAL)
                .when()
                .post("/api/incidents")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void shouldAnswer401ProblemWithoutAToken() {
        given().contentType(ContentType.JSON)
                .body(MINIMAL)
                .when()
                .post("/api/incidents")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"));
        given().header("Authorization", "Bearer not.a.token")
                .when()
                .get("/api/incidents")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "officer-yihou", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "community", value = "yihou"))
    void shouldKeepAnotherCommunitysIncidentsFromACommunityOfficer() {
        given().contentType(ContentType.JSON)
                .body(MINIMAL.replace("wanyuan", "yihou"))
                .post("/api/incidents")
                .then()
                .statusCode(201);
        given().queryParam("community", "wanyuan")
                .queryParam("size", 100)
                .when()
                .get("/api/incidents")
                .then()
                .statusCode(200)
                .body("items.community", org.hamcrest.Matchers.everyItem(equalTo("yihou")))
                .body("size", equalTo(100));
    }

    @Test
    @TestSecurity(user = "commander", roles = "commander")
    void shouldPageListsAndClampTheSize() {
        given().queryParam("size", 5000)
                .when()
                .get("/api/incidents")
                .then()
                .statusCode(200)
                .body("size", equalTo(100))
                .body("page", equalTo(0));
        given().queryParam("page", -1)
                .when()
                .get("/api/incidents")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    private static long count() {
        return given().auth()
                .none()
                .queryParam("size", 1)
                .when()
                .get("/api/incidents")
                .then()
                .extract()
                .jsonPath()
                .getLong("total");
    }
}
