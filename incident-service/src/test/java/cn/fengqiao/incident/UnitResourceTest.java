package cn.fengqiao.incident;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** Units and the status board against the real PostgreSQL. */
@QuarkusTest
class UnitResourceTest {

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void shouldAddAUnitOffDutyAndRefuseTheSameCodeTwice() {
        String code = "officer-" + UUID.randomUUID().toString().substring(0, 6);
        String body = "{\"code\":\"" + code + "\",\"name\":\"张警官\",\"kind\":\"OFFICER\",\"community\":\"wanyuan\"}";
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/units")
                .then()
                .statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/units/" + code))
                .body("status", equalTo("OFF_DUTY"));
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/units")
                .then()
                .statusCode(409);
        given().contentType(ContentType.JSON)
                .body("{\"code\":\"Bad Code\",\"name\":\"x\",\"kind\":\"DOG\"}")
                .post("/api/units")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("kind"));
    }

    @Test
    @TestSecurity(user = "commander", roles = "commander")
    void shouldPutAUnitOnAndOffDutyAndShowItOnTheBoard() {
        String code = UnitFixtures.offDuty("fengyang");
        given().contentType(ContentType.JSON)
                .body("{\"onDuty\":true}")
                .put("/api/units/" + code + "/duty")
                .then()
                .statusCode(200)
                .body("status", equalTo("AVAILABLE"));
        given().queryParam("community", "fengyang")
                .queryParam("status", "AVAILABLE")
                .queryParam("size", 100)
                .get("/api/units")
                .then()
                .statusCode(200)
                .body("items.code", hasItem(code));
        given().contentType(ContentType.JSON)
                .body("{}")
                .put("/api/units/" + code + "/duty")
                .then()
                .statusCode(400);
        given().get("/api/units/nobody").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "auxiliary", roles = "auxiliary")
    void shouldLetAnAuxiliaryReadTheBoardButNotChangeIt() {
        given().get("/api/units").then().statusCode(200);
        given().contentType(ContentType.JSON)
                .body("{\"onDuty\":false}")
                .put("/api/units/anyone/duty")
                .then()
                .statusCode(403);
        given().contentType(ContentType.JSON)
                .body("{\"code\":\"x1\",\"name\":\"x\",\"kind\":\"OFFICER\"}")
                .post("/api/units")
                .then()
                .statusCode(403);
    }
}
