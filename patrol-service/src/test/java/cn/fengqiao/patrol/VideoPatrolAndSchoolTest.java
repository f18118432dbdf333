package cn.fengqiao.patrol;

import static cn.fengqiao.patrol.PatrolFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import cn.fengqiao.infrastructure.testing.TopicProbe;

/**
 * Video patrol rounds attested in order, findings that go to incident-service as events, and the
 * community police school from enrolment to the training report.
 */
@QuarkusTest
class VideoPatrolAndSchoolTest {

    @Inject
    EntityManager em;

    @AfterEach
    void removeTheAreas() {
        PatrolFixtures.removeFieldworkAreas(em);
    }

    @Test
    void shouldWalkARoundInOrderAndSendAFindingAsAnEvent() {
        String area = PatrolFixtures.area("yihou");
        String camera = area + "-CAM";
        as("admin")
                .body(Map.of(
                        "code",
                        camera,
                        "name",
                        "驿后商场北门探头",
                        "areaCode",
                        area,
                        "latitude",
                        35.503,
                        "longitude",
                        112.852,
                        "presets",
                        List.of("北门", "停车场")))
                .post("/api/patrol/cameras")
                .then()
                .statusCode(201);
        String round = as("auxiliary")
                .body(Map.of(
                        "views",
                        List.of(Map.of("camera", camera, "preset", "北门"), Map.of("camera", camera, "preset", "停车场"))))
                .post("/api/patrol/video-rounds")
                .then()
                .statusCode(201)
                .body("attested", equalTo(0))
                .extract()
                .path("id");
        as("auxiliary")
                .post("/api/patrol/video-rounds/" + round + "/views/2")
                .then()
                .statusCode(409);
        as("officer")
                .post("/api/patrol/video-rounds/" + round + "/views/1")
                .then()
                .statusCode(403);
        as("auxiliary")
                .post("/api/patrol/video-rounds/" + round + "/views/1")
                .then()
                .statusCode(200);
        as("auxiliary")
                .body(Map.of("note", "正常"))
                .post("/api/patrol/video-rounds/" + round + "/views/2")
                .then()
                .statusCode(200)
                .body("attested", equalTo(2))
                .body("finishedAt", notNullValue());

        try (TopicProbe events = TopicProbe.fromNow("patrol-events")) {
            String finding = as("auxiliary")
                    .body(Map.of(
                            "source", "VIDEO_PATROL",
                            "category", "PUBLIC_ORDER",
                            "summary", "停车场有人撬车门",
                            "roundId", round,
                            "camera", camera,
                            "preset", "停车场",
                            "clipRef", "clip://cam/2024-07-03T21:14"))
                    .post("/api/patrol/findings")
                    .then()
                    .statusCode(201)
                    .body("community", equalTo("yihou"))
                    .body("area", equalTo(area))
                    .extract()
                    .path("id");
            ConsumerRecord<String, String> event = events.await(r -> finding.equals(r.key()), Duration.ofSeconds(20))
                    .orElseThrow();
            assertThat(new String(event.headers().lastHeader("ce_type").value()))
                    .isEqualTo("cn.fengqiao.patrol.finding-reported.v1");
            assertThat(event.value())
                    .contains("\"source\":\"VIDEO_PATROL\"", "\"category\":\"PUBLIC_ORDER\"", "驿后商场北门探头 · 停车场");
        }
        as("auxiliary")
                .body(Map.of(
                        "source",
                        "VIDEO_PATROL",
                        "category",
                        "FIRE",
                        "summary",
                        "冒烟",
                        "camera",
                        camera,
                        "preset",
                        "后门"))
                .post("/api/patrol/findings")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("preset"));
    }

    @Test
    void shouldTakeAStreetFindingFromAVolunteerWithItsCommunity() {
        as("volunteer")
                .body(Map.of("source", "PATROL", "category", "HELP", "summary", "老人迷路", "community", "yihou"))
                .post("/api/patrol/findings")
                .then()
                .statusCode(201)
                .body("camera", nullValue())
                .body("community", equalTo("yihou"));
        as("volunteer")
                .body(Map.of("source", "PATROL", "category", "HELP", "summary", "老人迷路"))
                .post("/api/patrol/findings")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("community"));
        as("volunteer")
                .body(Map.of("source", "PATROL", "category", "ALIENS", "summary", "x", "community", "yihou"))
                .post("/api/patrol/findings")
                .then()
                .statusCode(400);
        as("mediator")
                .body(Map.of("source", "PATROL", "category", "HELP", "summary", "x", "community", "yihou"))
                .post("/api/patrol/findings")
                .then()
                .statusCode(403);
    }

    @Test
    void shouldEnrolUpToCapacityRecordAttendanceAndReportWhoIsTrained() {
        String community = "community-" + (10 + (int) (Math.random() * 80));
        String session = as("officer")
                .body(Map.of(
                        "topic",
                        "ANTI_FRAUD",
                        "title",
                        "防范电信诈骗",
                        "community",
                        community,
                        "startsAt",
                        Instant.now().minus(Duration.ofHours(1)).toString(),
                        "place",
                        "社区活动室",
                        "capacity",
                        2))
                .post("/api/patrol/school/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String guard = enrol(session, "张保安", "SECURITY_GUARD", community, 201);
        String owner = enrol(session, "李店主", "SMALL_VENUE_OWNER", community, 201);
        enrol(session, "王网格员", "GRID_WORKER", community, 409);
        enrol(session, "张保安", "SECURITY_GUARD", community, 409);

        as("auxiliary")
                .body(Map.of("attended", true))
                .post("/api/patrol/school/enrolments/" + guard + "/attendance")
                .then()
                .statusCode(200)
                .body("attended", equalTo(true));
        as("auxiliary")
                .body(Map.of("attended", false))
                .post("/api/patrol/school/enrolments/" + owner + "/attendance")
                .then()
                .statusCode(200);

        as("commander")
                .get("/api/patrol/school/report?community=" + community)
                .then()
                .statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].audience", equalTo("SECURITY_GUARD"))
                .body("[0].topic", equalTo("ANTI_FRAUD"))
                .body("[0].people", equalTo(1));
        as("volunteer").get("/api/patrol/school/report").then().statusCode(403);
        as("officer")
                .body(Map.of(
                        "topic",
                        "KARAOKE",
                        "title",
                        "x",
                        "community",
                        community,
                        "startsAt",
                        "2030-01-01T00:00:00Z",
                        "capacity",
                        1))
                .post("/api/patrol/school/sessions")
                .then()
                .statusCode(400);
        as("officer")
                .post("/api/patrol/school/enrolments/" + UUID.randomUUID() + "/attendance")
                .then()
                .statusCode(400);
    }

    private static String enrol(String session, String name, String audience, String community, int status) {
        var response = as("officer")
                .body(Map.of("name", name, "audience", audience, "community", community))
                .post("/api/patrol/school/sessions/" + session + "/enrolments")
                .then()
                .statusCode(status);
        return status == 201 ? response.extract().path("id") : null;
    }
}
