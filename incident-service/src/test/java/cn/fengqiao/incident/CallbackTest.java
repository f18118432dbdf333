package cn.fengqiao.incident;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

import cn.fengqiao.incident.domain.WorkingDays;
import cn.fengqiao.infrastructure.testing.Pages;
import cn.fengqiao.infrastructure.testing.TestClock;

/**
 * Callbacks after closing and rectifications, against the real PostgreSQL, with the station clock
 * moved forward by {@link TestClock} to reach deadlines.
 */
@QuarkusTest
class CallbackTest {

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** Reports and closes an incident; returns the id of the callback that closing scheduled. */
    static int closedWithCallback(String phone) {
        String body = "{\"channel\":\"CALL_110\",\"category\":\"HELP\",\"summary\":\"钥匙锁在屋里\",\"community\":\"wanyuan\""
                + (phone == null ? "" : ",\"reporterPhone\":\"" + phone + "\"") + "}";
        String id = given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/incidents")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String unit = UnitFixtures.onDuty("wanyuan");
        IncidentLifecycleTest.post(id, "dispatch", "{\"unitCodes\":[\"" + unit + "\"]}")
                .statusCode(200);
        for (String step : List.of("ON_SCENE", "HANDLED", "CLOSED")) {
            IncidentLifecycleTest.post(id, "status", IncidentLifecycleTest.status(step))
                    .statusCode(200);
        }
        return allItems("/api/callbacks", false).stream()
                .filter(callback -> id.equals(callback.get("incidentId")))
                .map(callback -> (Integer) callback.get("id"))
                .findFirst()
                .orElse(-1);
    }

    static List<Map<String, Object>> allItems(String path, boolean overdue) {
        return Pages.allItems(() -> given().queryParam("overdue", overdue), path);
    }

    private static List<Object> allIds(String path, boolean overdue) {
        return allItems(path, overdue).stream().map(item -> item.get("id")).toList();
    }

    @Test
    @TestSecurity(user = "officer", roles = "officer")
    void shouldScheduleACallbackDueADayAfterClosingOnlyForCallersWithAPhone() {
        int callback = closedWithCallback("13700001234");
        assertThat(callback).isPositive();
        assertThat(closedWithCallback(null)).as("no phone, no callback").isEqualTo(-1);

        assertThat(allIds("/api/callbacks", true)).doesNotContain(callback);
        clock.advance(Duration.ofHours(25));
        assertThat(allIds("/api/callbacks", true)).contains(callback);
    }

    @Test
    @TestSecurity(user = "officer", roles = "officer")
    void shouldKeepAnUnreachedCallbackPendingAndNeedASatisfactionWhenReached() {
        int callback = closedWithCallback("13700001235");
        given().contentType(ContentType.JSON)
                .body("{\"reached\":false}")
                .post("/api/callbacks/" + callback + "/calls")
                .then()
                .statusCode(200)
                .body("status", equalTo("PENDING"))
                .body("reached", equalTo(false));
        given().contentType(ContentType.JSON)
                .body("{\"reached\":true}")
                .post("/api/callbacks/" + callback + "/calls")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("satisfaction"));
        given().contentType(ContentType.JSON)
                .body("{\"reached\":true,\"satisfaction\":\"SATISFIED\",\"comment\":\"出警很快\"}")
                .post("/api/callbacks/" + callback + "/calls")
                .then()
                .statusCode(200)
                .body("status", equalTo("DONE"))
                .body("channel", equalTo("PHONE"));
        given().contentType(ContentType.JSON)
                .body("{\"reached\":true,\"satisfaction\":\"SATISFIED\"}")
                .post("/api/callbacks/" + callback + "/calls")
                .then()
                .statusCode(409);
        assertThat(allItems("/api/rectifications", false))
                .extracting(item -> item.get("callbackId"))
                .doesNotContain(callback);
    }

    @Test
    @TestSecurity(user = "officer", roles = "officer")
    void shouldOpenARectificationDueInFiveWorkingDaysWhenTheCallerIsDissatisfied() {
        int callback = closedWithCallback("13700001236");
        given().contentType(ContentType.JSON)
                .body("{\"reached\":true,\"satisfaction\":\"DISSATISFIED\",\"comment\":\"等了太久\"}")
                .post("/api/callbacks/" + callback + "/calls")
                .then()
                .statusCode(200);
        LocalDate expected = WorkingDays.after(LocalDate.now(ZoneId.of("Asia/Shanghai")), 5);
        Map<String, Object> rectification = allItems("/api/rectifications", false).stream()
                .filter(item -> Integer.valueOf(callback).equals(item.get("callbackId")))
                .findFirst()
                .orElseThrow();
        assertThat(rectification.get("deadline")).isEqualTo(expected.toString());
        assertThat(rectification.get("owner")).isEqualTo("officer");
        int task = (Integer) rectification.get("id");

        assertThat(allIds("/api/rectifications", true)).doesNotContain(task);
        clock.advance(Duration.ofDays(8)); // 5 working days are at most 7 calendar days
        assertThat(allIds("/api/rectifications", true)).contains(task);

        given().contentType(ContentType.JSON)
                .body("{\"outcome\":\"已向报警人解释并致歉\"}")
                .post("/api/rectifications/" + task + "/complete")
                .then()
                .statusCode(200);
        given().contentType(ContentType.JSON)
                .body("{\"outcome\":\"again\"}")
                .post("/api/rectifications/" + task + "/complete")
                .then()
                .statusCode(409);
        assertThat(allIds("/api/rectifications", false)).doesNotContain(task);
    }

    @Test
    @TestSecurity(user = "officer", roles = "officer")
    void shouldTakeTheCallersOwnRatingThroughAOneTimeLinkWithoutLogin() {
        int callback = closedWithCallback("13700001237");
        String first = given().post("/api/callbacks/" + callback + "/rating-link")
                .then()
                .statusCode(200)
                .extract()
                .path("token");
        var link = given().post("/api/callbacks/" + callback + "/rating-link")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String token = link.getString("token");
        assertThat(link.getString("path")).isEqualTo("/api/callback-ratings/" + token);
        assertThat(token).as("a new link replaces the old one").isNotEqualTo(first);

        given().auth()
                .none()
                .contentType(ContentType.JSON)
                .body("{\"satisfaction\":\"BASICALLY_SATISFIED\"}")
                .post("/api/callback-ratings/" + first)
                .then()
                .statusCode(404);
        given().auth()
                .none()
                .contentType(ContentType.JSON)
                .body("{\"satisfaction\":\"GREAT\"}")
                .post("/api/callback-ratings/" + token)
                .then()
                .statusCode(400);
        given().auth()
                .none()
                .contentType(ContentType.JSON)
                .body("{\"satisfaction\":\"BASICALLY_SATISFIED\"}")
                .post("/api/callback-ratings/" + token)
                .then()
                .statusCode(200);
        given().auth()
                .none()
                .contentType(ContentType.JSON)
                .body("{\"satisfaction\":\"SATISFIED\"}")
                .post("/api/callback-ratings/" + token)
                .then()
                .statusCode(404);
        given().get("/api/callbacks/" + callback)
                .then()
                .body("status", equalTo("DONE"))
                .body("channel", equalTo("LINK"))
                .body("satisfaction", equalTo("BASICALLY_SATISFIED"));
    }

    @Test
    @TestSecurity(user = "officer", roles = "officer")
    void shouldRefuseAnExpiredRatingLink() {
        int callback = closedWithCallback("13700001238");
        String token = given().post("/api/callbacks/" + callback + "/rating-link")
                .then()
                .extract()
                .path("token");
        clock.advance(Duration.ofDays(8));
        given().auth()
                .none()
                .contentType(ContentType.JSON)
                .body("{\"satisfaction\":\"SATISFIED\"}")
                .post("/api/callback-ratings/" + token)
                .then()
                .statusCode(410)
                .contentType("application/problem+json");
        given().get("/api/callbacks/" + callback).then().body("status", equalTo("PENDING"));
    }
}
