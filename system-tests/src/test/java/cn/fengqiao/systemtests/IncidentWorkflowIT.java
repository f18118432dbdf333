package cn.fengqiao.systemtests;

import static cn.fengqiao.systemtests.Gateway.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

import cn.fengqiao.infrastructure.testing.KeycloakTokens;
import cn.fengqiao.infrastructure.testing.Pages;

/**
 * A call for help from intake to the caller's own rating, through the gateway with real tokens:
 * every route the station's day needs is open to the right roles and no other.
 */
class IncidentWorkflowIT {

    @BeforeAll
    static void startSystem() {
        SystemUnderTest.start();
    }

    @Test
    void shouldTakeACallFromIntakeToTheCallersRatingThroughTheGateway() {
        String unit = "officer-it-" + UUID.randomUUID().toString().substring(0, 6);
        as("admin")
                .body("{\"code\":\"" + unit + "\",\"name\":\"系统测试民警\",\"kind\":\"OFFICER\",\"community\":\"fengyang\"}")
                .post("/api/units")
                .then()
                .statusCode(201);
        as("commander")
                .body("{\"onDuty\":true}")
                .put("/api/units/" + unit + "/duty")
                .then()
                .statusCode(200);

        String id = as("auxiliary")
                .body(
                        "{\"channel\":\"CALL_110\",\"category\":\"HELP\",\"subCategory\":\"MEDICAL_EMERGENCY\",\"summary\":\"老人在新华巷晕倒\","
                                + "\"community\":\"fengyang\",\"addressText\":\"新华巷\",\"reporterPhone\":\"13900002222\"}")
                .post("/api/incidents")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as("officer")
                .body("{\"unitCodes\":[\"" + unit + "\"]}")
                .post("/api/incidents/" + id + "/dispatch")
                .then()
                .statusCode(200)
                .body("status", equalTo("DISPATCHED"));
        as("auxiliary")
                .body("{\"agency\":\"AMBULANCE_120\",\"note\":\"已呼叫120\"}")
                .post("/api/incidents/" + id + "/agency-contacts")
                .then()
                .statusCode(201);
        for (String step : List.of("ON_SCENE", "HANDLED")) {
            as("auxiliary")
                    .body("{\"status\":\"" + step + "\"}")
                    .post("/api/incidents/" + id + "/status")
                    .then()
                    .statusCode(200);
        }
        as("auxiliary")
                .body("{\"status\":\"CLOSED\"}")
                .post("/api/incidents/" + id + "/status")
                .then()
                .statusCode(403);
        as("officer")
                .body("{\"status\":\"CLOSED\"}")
                .post("/api/incidents/" + id + "/status")
                .then()
                .statusCode(200);

        int callback = callbackOf(id);
        String link = as("auxiliary")
                .post("/api/callbacks/" + callback + "/rating-link")
                .then()
                .statusCode(200)
                .extract()
                .path("path");
        given().baseUri(SystemUnderTest.gateway())
                .contentType(ContentType.JSON)
                .body("{\"satisfaction\":\"SATISFIED\",\"comment\":\"民警来得很快\"}")
                .post(link)
                .then()
                .statusCode(200);

        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        as("commander")
                .queryParam("community", "fengyang")
                .get("/api/briefings/" + today)
                .then()
                .statusCode(200)
                .body("callbacks.done", greaterThanOrEqualTo(1))
                .body("byCategory.HELP", greaterThanOrEqualTo(1));
    }

    @Test
    void shouldKeepCasesBriefingsAndRectificationsFromAuxiliariesAndCitySystems() {
        for (String path : List.of("/api/cases", "/api/briefings/2024-07-03", "/api/rectifications")) {
            as("auxiliary").get(path).then().statusCode(403).contentType("application/problem+json");
            given().baseUri(SystemUnderTest.gateway())
                    .auth()
                    .oauth2(KeycloakTokens.of("city-system"))
                    .get(path)
                    .then()
                    .statusCode(403);
            as("officer").get(path).then().statusCode(200);
        }
    }

    // The pending callbacks are ordered by when each is due: the new one may be on a later page.
    private static int callbackOf(String incident) {
        return Pages.allItems(() -> as("officer"), "/api/callbacks").stream()
                .filter(callback -> incident.equals(callback.get("incidentId")))
                .map(callback -> (Integer) callback.get("id"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("closing incident " + incident + " scheduled no callback"));
    }
}
