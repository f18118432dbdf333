package cn.fengqiao.patrol;

import static cn.fengqiao.patrol.PatrolFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import cn.fengqiao.infrastructure.testing.TestClock;
import cn.fengqiao.infrastructure.testing.TopicProbe;
import cn.fengqiao.patrol.service.CheckInService;

/**
 * Work on the street with a moved clock: check-ins against the round (on time, missed, implausible),
 * the missed-checkpoint event, coverage, the patroller's own schedule, and squad attendance with
 * volunteer points that staff never get.
 */
@QuarkusTest
class FieldworkTest {

    static final ZoneId STATION = ZoneId.of("Asia/Shanghai");

    @Inject
    TestClock clock;

    @Inject
    EntityManager em;

    @Inject
    CheckInService checkIns;

    @AfterEach
    void resetClockAndRemoveTheAreas() {
        clock.reset();
        PatrolFixtures.removeFieldworkAreas(em);
    }

    void moveClockTo(Instant when) {
        clock.advance(Duration.between(clock.instant(), when));
    }

    @Test
    void shouldJudgeARoundReportTheMissedCheckpointAndFlagAnImplausibleCheckIn() {
        String area = PatrolFixtures.area("wanyuan");
        String first = PatrolFixtures.checkpoint(area, 1, 35.49, 112.84, 20, 5);
        String second = PatrolFixtures.checkpoint(area, 2, 35.4905, 112.84, 20, 5);
        String third = PatrolFixtures.checkpoint(area, 3, 35.491, 112.84, 20, 5);
        Instant start = PatrolFixtures.farAhead();
        UUID shift = PatrolFixtures.publishedShift(
                em, "auxiliary-01", "AUXILIARY", area, start, start.plus(Duration.ofHours(8)));

        moveClockTo(start.plus(Duration.ofMinutes(10)));
        as("auxiliary")
                .body(Map.of(
                        "checkpointCode",
                        first,
                        "at",
                        start.plus(Duration.ofMinutes(10)).toString(),
                        "latitude",
                        35.49,
                        "longitude",
                        112.84))
                .post("/api/patrol/check-ins")
                .then()
                .statusCode(201)
                .body("shiftId", equalTo(shift.toString()))
                .body("plausible", equalTo(true));
        moveClockTo(start.plus(Duration.ofMinutes(34))); // within the 20 + 5 minutes after the first
        as("auxiliary")
                .body(Map.of(
                        "checkpointCode",
                        third,
                        "at",
                        start.plus(Duration.ofMinutes(34)).toString()))
                .post("/api/patrol/check-ins")
                .then()
                .statusCode(201)
                .body("plausible", equalTo(true));
        // 111 m in a minute is a run; 1.1 km from the checkpoint is not there at all
        moveClockTo(start.plus(Duration.ofMinutes(36)));
        as("auxiliary")
                .body(Map.of(
                        "checkpointCode",
                        first,
                        "at",
                        start.plus(Duration.ofMinutes(36)).toString(),
                        "latitude",
                        35.50,
                        "longitude",
                        112.84))
                .post("/api/patrol/check-ins")
                .then()
                .statusCode(201)
                .body("plausible", equalTo(false))
                .body("implausible", containsString("from the checkpoint"));

        String day = LocalDate.ofInstant(start, STATION).toString();
        as("officer")
                .get("/api/patrol/check-in-report?from=" + day + "&area=" + area)
                .then()
                .statusCode(200)
                .body("[0].onTime", equalTo(3))
                .body("[0].missed[0]", containsString(second))
                .body("[0].implausible", equalTo(1));
        try (TopicProbe events = TopicProbe.fromNow("patrol-events")) {
            assertThat(checkIns.reportMissed()).isPositive();
            assertThat(events.await(r -> r.value().contains(second), Duration.ofSeconds(20)))
                    .isPresent();
        }
        assertThat(checkIns.reportMissed()).as("each miss is reported once").isZero();

        as("commander")
                .post("/api/patrol/coverage/" + LocalDate.ofInstant(start, STATION))
                .then()
                .statusCode(200);
        List<Map<String, Object>> coverage = as("commander")
                .get("/api/patrol/coverage?day=" + LocalDate.ofInstant(start, STATION) + "&area=" + area)
                .then()
                .statusCode(200)
                .extract()
                .path("$");
        assertThat(coverage.stream()
                        .mapToInt(r -> (Integer) r.get("plannedMinutes"))
                        .sum())
                .isEqualTo(480);
        assertThat(coverage.stream()
                        .mapToInt(r -> (Integer) r.get("actualMinutes"))
                        .sum())
                .isEqualTo(26); // from the first check-in to the last, minute 10 to minute 36
    }

    @Test
    void shouldRefuseAnUnknownCheckpointAndSomeoneWhoIsNoPatroller() {
        as("auxiliary")
                .body(Map.of("checkpointCode", "NO-SUCH-POINT"))
                .post("/api/patrol/check-ins")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("checkpointCode"));
        as("officer-yihou")
                .body(Map.of("checkpointCode", "NO-SUCH-POINT"))
                .post("/api/patrol/check-ins")
                .then()
                .statusCode(403);
    }

    @Test
    void shouldShowPatrollersTheirOwnShiftsOnly() {
        String area = PatrolFixtures.area("yihou");
        Instant start = PatrolFixtures.farAhead();
        UUID mine = PatrolFixtures.publishedShift(
                em, "auxiliary-01", "AUXILIARY", area, start, start.plus(Duration.ofHours(8)));
        UUID theirs = PatrolFixtures.publishedShift(
                em, "auxiliary-02", "AUXILIARY", area, start, start.plus(Duration.ofHours(8)));

        List<String> shifts = as("auxiliary")
                .get("/api/patrol/my-shifts?from=" + LocalDate.ofInstant(start, STATION))
                .then()
                .statusCode(200)
                .extract()
                .path("id");
        assertThat(shifts).contains(mine.toString()).doesNotContain(theirs.toString());
    }

    @Test
    void shouldEarnPointsForVolunteersOnlyAndShowAVolunteerTheirOwnSquadOnly() {
        String area = PatrolFixtures.area("yihou");
        Instant start = PatrolFixtures.farAhead().plus(Duration.ofHours(1));
        UUID session =
                PatrolFixtures.publishedShift(em, "T-V11", "VOLUNTEER", area, start, start.plus(Duration.ofHours(2)));
        UUID staff = PatrolFixtures.publishedShift(
                em, "auxiliary-03", "AUXILIARY", area, start, start.plus(Duration.ofHours(8)));

        as("auxiliary")
                .body(Map.of("shiftId", session.toString(), "minutes", 95, "armband", true))
                .post("/api/patrol/attendance")
                .then()
                .statusCode(201)
                .body("points", equalTo(3));
        as("auxiliary")
                .body(Map.of("shiftId", session.toString(), "minutes", 95, "armband", true))
                .post("/api/patrol/attendance")
                .then()
                .statusCode(409);
        as("auxiliary")
                .body(Map.of("shiftId", staff.toString(), "minutes", 60, "armband", true))
                .post("/api/patrol/attendance")
                .then()
                .statusCode(400)
                .body("detail", containsString("volunteers only"));

        as("volunteer").get("/api/patrol/squads").then().statusCode(200).body("code", equalTo(List.of("T-SQ1")));
        as("volunteer")
                .get("/api/patrol/squads/T-SQ1/points")
                .then()
                .statusCode(200)
                .body("patroller", hasItem("T-V11"));
        as("volunteer").get("/api/patrol/squads/T-SQ2/points").then().statusCode(403);
        as("commander")
                .get("/api/patrol/squads/T-SQ1/points")
                .then()
                .statusCode(200)
                .body("patroller", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.startsWith("T-V1")));
    }

    @Test
    void shouldPassTheMonthFromSquadToSquadInTurnOrder() {
        as("officer").get("/api/patrol/squads/on-duty?month=2024-01").then().body("code", equalTo("T-SQ1"));
        as("officer").get("/api/patrol/squads/on-duty?month=2024-02").then().body("code", equalTo("T-SQ2"));
        as("officer").get("/api/patrol/squads/on-duty?month=2024-03").then().body("code", equalTo("T-SQ1"));
        as("officer").get("/api/patrol/squads/on-duty?month=2024-13").then().statusCode(400);
    }

    @Test
    void shouldKeepACellInOneAreaOnly() {
        String area = PatrolFixtures.area("wanyuan");
        List<String> cells =
                as("officer").get("/api/patrol/areas/" + area).then().extract().path("cells");
        as("admin")
                .body(Map.of("code", area + "X", "name", "重叠", "community", "wanyuan", "sector", "F-S", "cells", cells))
                .post("/api/patrol/areas")
                .then()
                .statusCode(409)
                .body("detail", containsString(area));
        as("admin")
                .body(Map.of(
                        "code",
                        area + "Y",
                        "name",
                        "坏格",
                        "community",
                        "wanyuan",
                        "sector",
                        "F-S",
                        "cells",
                        List.of("a:b")))
                .post("/api/patrol/areas")
                .then()
                .statusCode(400);
        as("officer")
                .get("/api/patrol/areas/NO-SUCH")
                .then()
                .statusCode(404)
                .body("instance", containsString("NO-SUCH"));
        as("officer")
                .get("/api/patrol/areas?community=nowhere")
                .then()
                .statusCode(200)
                .body("$", org.hamcrest.Matchers.empty());
        as("officer").get("/api/patrol/my-shifts").then().statusCode(org.hamcrest.Matchers.oneOf(200, 404));
        as("officer")
                .get("/api/patrol/areas/" + area)
                .then()
                .body("version", equalTo(0))
                .body("missing", nullValue());
    }
}
