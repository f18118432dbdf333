package cn.fengqiao.systemtests;

import static cn.fengqiao.systemtests.Gateway.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A camera finding from the video patrol desk to an incident on the command room's list, through the
 * gateway with real tokens: patrol-service → patrol-events → incident-service.
 */
class PatrolFindingIT {

    @BeforeAll
    static void startSystem() {
        SystemUnderTest.start();
    }

    @Test
    void shouldTurnAVideoPatrolFindingIntoAnIncident() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String camera = "CAM-IT-" + tag;
        String community = "it-" + tag;
        as("admin")
                .body(
                        "{\"code\":\"%s\",\"name\":\"系统测试探头\",\"latitude\":35.503,\"longitude\":112.852,\"presets\":[\"北门\"]}"
                                .formatted(camera))
                .post("/api/patrol/cameras")
                .then()
                .statusCode(201);
        String round = as("auxiliary")
                .body("{\"views\":[{\"camera\":\"%s\",\"preset\":\"北门\"}]}".formatted(camera))
                .post("/api/patrol/video-rounds")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as("auxiliary")
                .post("/api/patrol/video-rounds/" + round + "/views/1")
                .then()
                .statusCode(200);
        String finding = as("auxiliary")
                .body(("{\"source\":\"VIDEO_PATROL\",\"category\":\"CRIMINAL\",\"summary\":\"北门有人撬电动车锁\","
                                + "\"roundId\":\"%s\",\"camera\":\"%s\",\"preset\":\"北门\",\"community\":\"%s\"}")
                        .formatted(round, camera, community))
                .post("/api/patrol/findings")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> as("officer")
                        .get("/api/incidents?community=" + community)
                        .then()
                        .statusCode(200)
                        .body("total", equalTo(1))
                        .body("items[0].channel", equalTo("VIDEO_PATROL"))
                        .body("items[0].category", equalTo("CRIMINAL")));
        String incident = as("officer")
                .get("/api/incidents?community=" + community)
                .then()
                .extract()
                .path("items[0].id");
        as("officer")
                .get("/api/incidents/" + incident)
                .then()
                .body("patrolFindingId", equalTo(finding))
                .body("addressText", equalTo("系统测试探头 · 北门"));
    }
}
