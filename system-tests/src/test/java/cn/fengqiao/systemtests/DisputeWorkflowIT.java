package cn.fengqiao.systemtests;

import static cn.fengqiao.systemtests.Gateway.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A neighbours' quarrel from the 110 call to a court-confirmed agreement, through the gateway with real
 * tokens: incident-service → mediation-service (a dispute opens itself) → incident-service (the
 * incident links back), then mediation, agreement and the court's answer as city-system.
 */
class DisputeWorkflowIT {

    @BeforeAll
    static void startSystem() {
        SystemUnderTest.start();
    }

    @Test
    void shouldTakeADisputeFromTheCallToAConfirmedAgreement() {
        String incident = as("officer")
                .body("{\"channel\":\"CALL_110\",\"category\":\"DISPUTE\",\"subCategory\":\"NEIGHBOUR_DISPUTE\","
                        + "\"summary\":\"楼上楼下因漏水争吵\",\"community\":\"wanyuan\",\"addressText\":\"万源街 12 号院\"}")
                .post("/api/incidents")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        String dispute = await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> as("mediator")
                                .get("/api/disputes?incidentId=" + incident)
                                .then()
                                .statusCode(200)
                                .extract()
                                .<String>path("items[0].id"),
                        id -> id != null);
        String number = as("mediator")
                .get("/api/disputes/" + dispute)
                .then()
                .body("type", equalTo("NEIGHBOUR"))
                .extract()
                .path("number");
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() ->
                        as("officer").get("/api/incidents/" + incident).then().body("disputeNumber", equalTo(number)));

        for (String party : List.of(
                "{\"side\":\"APPLICANT\",\"name\":\"楼下住户\",\"contact\":\"13600001111\"}",
                "{\"side\":\"RESPONDENT\",\"name\":\"楼上住户\",\"contact\":\"13600002222\"}")) {
            as("mediator")
                    .body(party)
                    .post("/api/disputes/" + dispute + "/parties")
                    .then()
                    .statusCode(201);
        }
        as("mediator").post("/api/disputes/" + dispute + "/accept").then().statusCode(200);
        as("mediator")
                .body("{\"kind\":\"POLICE_MEDIATOR\"}")
                .post("/api/disputes/" + dispute + "/assign")
                .then()
                .statusCode(200);
        LocalDate day = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(400 + (long) (Math.random() * 2000));
        String start =
                day.atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant().toString();
        String end =
                day.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant().toString();
        as("mediator")
                .body("{\"startsAt\":\"%s\",\"endsAt\":\"%s\",\"inRoom\":true}".formatted(start, end))
                .post("/api/disputes/" + dispute + "/sessions")
                .then()
                .statusCode(201);
        // the judicial office sees the room taken through its own system
        as("city-system")
                .get("/api/mediation/room-bookings?day=" + day)
                .then()
                .statusCode(200)
                .body("size()", equalTo(1));
        as("mediator")
                .body("{\"terms\":\"楼上住户七日内修复漏水并赔偿 800 元。\"}")
                .post("/api/disputes/" + dispute + "/agreement")
                .then()
                .statusCode(201);
        List<Integer> parties = as("mediator")
                .get("/api/disputes/" + dispute)
                .then()
                .extract()
                .jsonPath()
                .getList("parties.id");
        for (Integer party : parties) {
            as("mediator")
                    .body("{\"partyId\":" + party + "}")
                    .post("/api/disputes/" + dispute + "/agreement/confirmations")
                    .then()
                    .statusCode(200);
        }
        as("mediator")
                .body("{\"partyIds\":" + parties + "}")
                .post("/api/disputes/" + dispute + "/agreement/judicial-confirmation")
                .then()
                .statusCode(200)
                .body("judicialStatus", equalTo("REQUESTED"));
        as("city-system")
                .body("{\"decision\":\"CONFIRMED\",\"courtReference\":\"(2024)晋0502民特88号\"}")
                .put("/api/disputes/" + dispute + "/agreement/judicial-confirmation")
                .then()
                .statusCode(200)
                .body("judicialStatus", equalTo("CONFIRMED"));

        as("commander")
                .get("/api/mediation/statistics?community=wanyuan")
                .then()
                .statusCode(200)
                .body("total.succeeded", greaterThanOrEqualTo(1));
    }

    @Test
    void shouldKeepMediationRoutesFromRolesThatHaveNoBusinessThere() {
        as("auxiliary").get("/api/disputes").then().statusCode(403);
        as("auditor").get("/api/mediation/statistics").then().statusCode(403);
        as("volunteer")
                .body("{\"source\":\"GRID_REPORT\",\"type\":\"WAGES\",\"community\":\"yihou\",\"summary\":\"商铺拖欠工资\"}")
                .post("/api/disputes")
                .then()
                .statusCode(201)
                .body("source", equalTo("GRID_REPORT"));
        // a grid worker reports, but does not read the register of disputes
        as("volunteer").get("/api/disputes").then().statusCode(403);
        as("city-system").get("/api/disputes").then().statusCode(403);
    }
}
