package cn.fengqiao.patrol;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import cn.fengqiao.infrastructure.testing.KeycloakTokens;
import cn.fengqiao.infrastructure.testing.TestClock;
import cn.fengqiao.infrastructure.testing.TopicProbe;
import cn.fengqiao.patrol.service.ShiftClock;

/**
 * Plans through the API on the tests' small station: requested, solved in the background with every
 * sector covered, published once, and its shifts started by the clock with events incident-service
 * can dispatch by.
 */
@QuarkusTest
class PlanResourceTest {

    static final ZoneId STATION = ZoneId.of("Asia/Shanghai");

    @Inject
    TestClock clock;

    @Inject
    ShiftClock shiftClock;

    @Inject
    EntityManager em;

    @BeforeEach
    void onlyTheTestStation() {
        PatrolFixtures.removeFieldworkAreas(em); // left behind by an interrupted run
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static RequestSpecification as(String user) {
        return given().auth().oauth2(KeycloakTokens.of(user)).contentType(ContentType.JSON);
    }

    /** A period far ahead, different each run: the test database keeps earlier runs' published plans. */
    static LocalDate freePeriod() {
        return LocalDate.now(STATION)
                .plusDays(3650 + ThreadLocalRandom.current().nextInt(40_000));
    }

    static String requestPlan(LocalDate from, LocalDate to) {
        return as("commander")
                .body(Map.of("from", from.toString(), "to", to.toString(), "seed", 7))
                .post("/api/patrol/plans")
                .then()
                .statusCode(202)
                .body("status", equalTo("SOLVING"))
                .extract()
                .path("id");
    }

    static ValidatableResponse awaitSolved(String plan) {
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> !"SOLVING"
                        .equals(as("officer").get("/api/patrol/plans/" + plan).path("status")));
        return as("officer").get("/api/patrol/plans/" + plan).then().statusCode(200);
    }

    @Test
    void shouldSolveATwoDayPlanWithEverySectorCoveredAndPublishItOnce() {
        LocalDate from = freePeriod();
        String plan = requestPlan(from, from.plusDays(1));

        awaitSolved(plan)
                .body("status", equalTo("SOLVED"))
                .body("score.hard", equalTo(0))
                .body("baselineSoftScore", notNullValue())
                .body("findings", notNullValue());
        List<Map<String, Object>> shifts = as("officer")
                .get("/api/patrol/plans/" + plan + "/shifts?size=100")
                .then()
                .statusCode(200)
                .body("items.patroller", everyItem(notNullValue()))
                .extract()
                .path("items");
        // two sectors, three police shifts a day, two days
        assertThat(shifts.stream().filter(s -> "POLICE".equals(s.get("level")))).hasSize(12);
        assertThat(shifts.stream()
                                .filter(s -> "VOLUNTEER".equals(s.get("level")))
                                .count()
                        % 2)
                .isZero();

        try (TopicProbe events = TopicProbe.fromNow("patrol-events")) {
            String etag = as("commander").get("/api/patrol/plans/" + plan).header("ETag");
            as("commander")
                    .header("If-Match", etag)
                    .post("/api/patrol/plans/" + plan + "/publish")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("PUBLISHED"))
                    .body("publishedBy", equalTo("commander"));
            assertThat(events.await(r -> plan.equals(r.key()), Duration.ofSeconds(20)))
                    .isPresent();
        }
        as("commander").post("/api/patrol/plans/" + plan + "/publish").then().statusCode(409);
        as("officer")
                .get("/api/patrol/plans?status=PUBLISHED&size=100")
                .then()
                .statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem(plan))
                .body("items.status", everyItem(equalTo("PUBLISHED")));
        as("officer").get("/api/patrol/plans?status=DONE").then().statusCode(400);

        String overlapping = requestPlan(from.plusDays(1), from.plusDays(1));
        awaitSolved(overlapping).body("status", equalTo("SOLVED"));
        as("commander")
                .post("/api/patrol/plans/" + overlapping + "/publish")
                .then()
                .statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString(plan));
    }

    @Test
    void shouldStartAndEndPublishedShiftsByTheClockWithEventsToDispatchBy() {
        LocalDate from = freePeriod();
        String plan = requestPlan(from, from);
        awaitSolved(plan).body("score.hard", equalTo(0));
        as("commander").post("/api/patrol/plans/" + plan + "/publish").then().statusCode(200);

        try (TopicProbe events = TopicProbe.fromNow("patrol-events")) {
            clock.advance(Duration.between(
                    clock.instant(), from.atTime(0, 30).atZone(STATION).toInstant()));
            assertThat(shiftClock.advance()).isPositive();
            var started = events.await(
                            r -> r.value().contains(plan) && r.value().contains("\"level\":\"POLICE\""),
                            Duration.ofSeconds(20))
                    .orElseThrow();
            assertThat(new String(started.headers().lastHeader("ce_type").value()))
                    .isEqualTo("cn.fengqiao.patrol.shift-started.v1");
            assertThat(started.value()).contains("\"startsAt\"", "\"patrollerName\"");

            clock.advance(Duration.ofHours(8));
            assertThat(shiftClock.advance()).isPositive();
            assertThat(events.await(
                            r -> r.value().contains(plan)
                                    && "cn.fengqiao.patrol.shift-ended.v1"
                                            .equals(new String(r.headers()
                                                    .lastHeader("ce_type")
                                                    .value())),
                            Duration.ofSeconds(20)))
                    .isPresent();
        }
        // each shift starts once: another tick at the same time records nothing for this plan
        assertThat(as("officer")
                        .get("/api/patrol/plans/" + plan + "/shifts?size=100")
                        .then()
                        .extract()
                        .<List<Boolean>>path("items.started"))
                .contains(true);
    }

    @Test
    void shouldRefuseABadPeriodWithAProblemAndKeepOtherRolesOut() {
        as("commander")
                .body(Map.of("from", "2031-01-10", "to", "2031-01-01"))
                .post("/api/patrol/plans")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("to"));
        as("commander")
                .body(Map.of("from", "2031-01-01", "to", "2031-03-01"))
                .post("/api/patrol/plans")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("to"));
        as("commander")
                .body("{\"from\":\"not-a-day\",\"to\":\"2031-01-01\"}")
                .post("/api/patrol/plans")
                .then()
                .statusCode(400);
        as("auxiliary")
                .body(Map.of("from", "2031-01-01", "to", "2031-01-01"))
                .post("/api/patrol/plans")
                .then()
                .statusCode(403);
        as("officer")
                .get("/api/patrol/plans/00000000-0000-0000-0000-000000000000")
                .then()
                .statusCode(404);
    }

    @Test
    void shouldShowTheHeatTableWithEachFactorsContribution() {
        as("officer").get("/api/patrol/heat?block=12").then().statusCode(400).body("errors[0].field", equalTo("block"));
        as("officer").get("/api/patrol/heat?area=T-A1").then().statusCode(200);
        as("volunteer").get("/api/patrol/heat").then().statusCode(403);
    }
}
