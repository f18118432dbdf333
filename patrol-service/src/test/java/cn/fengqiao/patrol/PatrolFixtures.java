package cn.fengqiao.patrol;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import cn.fengqiao.infrastructure.testing.KeycloakTokens;

/**
 * What the patrol tests set up: fresh areas far out on the grid (the test database is long-lived),
 * checkpoints through the admin API, and published shifts written straight to the tables so a test
 * knows exactly who is on duty where.
 */
final class PatrolFixtures {

    private PatrolFixtures() {}

    static RequestSpecification as(String user) {
        return given().auth().oauth2(KeycloakTokens.of(user)).contentType(ContentType.JSON);
    }

    /** A new area of four cells in a random far row; answers its code. */
    static String area(String community) {
        String code = "F-" + UUID.randomUUID().toString().substring(0, 8);
        int row = 2000 + ThreadLocalRandom.current().nextInt(6000);
        int col = ThreadLocalRandom.current().nextInt(500) * 2;
        as("admin")
                .body(Map.of(
                        "code",
                        code,
                        "name",
                        "外勤测试区",
                        "community",
                        community,
                        "sector",
                        "F-S",
                        "cells",
                        List.of(row + ":" + col, row + ":" + (col + 1))))
                .post("/api/patrol/areas")
                .then()
                .statusCode(201);
        return code;
    }

    /** A checkpoint of the area; answers its code. */
    static String checkpoint(String area, int seq, double latitude, double longitude, int interval, int tolerance) {
        String code = area + "-CP" + seq;
        as("admin")
                .body(Map.of(
                        "code", code,
                        "name", "点位" + seq,
                        "seq", seq,
                        "latitude", latitude,
                        "longitude", longitude,
                        "indoor", false,
                        "maxIntervalMinutes", interval,
                        "toleranceMinutes", tolerance))
                .post("/api/patrol/areas/" + area + "/checkpoints")
                .then()
                .statusCode(201);
        return code;
    }

    /** A published plan holding one shift; answers the shift id. */
    static UUID publishedShift(
            EntityManager em, String patroller, String level, String area, Instant start, Instant end) {
        UUID plan = UUID.randomUUID();
        UUID shift = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("INSERT INTO patrol_plan (id, period_from, period_to, status, seed, hard_score,"
                            + " medium_score, soft_score, created_at, created_by, published_at, published_by)"
                            + " VALUES (?1, CAST(?2 AS date), CAST(?2 AS date), 'PUBLISHED', 1, 0, 0, 0, now(), 'test',"
                            + " now(), 'test')")
                    .setParameter(1, plan)
                    .setParameter(2, start.toString().substring(0, 10))
                    .executeUpdate();
            // started, as the shift clock would have done when the shift began
            em.createNativeQuery("INSERT INTO plan_shift (id, plan_id, patroller_code, level, area_code, starts_at,"
                            + " ends_at, started_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?6)")
                    .setParameter(1, shift)
                    .setParameter(2, plan)
                    .setParameter(3, patroller)
                    .setParameter(4, level)
                    .setParameter(5, area)
                    .setParameter(6, start)
                    .setParameter(7, end)
                    .executeUpdate();
        });
        return shift;
    }

    /**
     * Removes the areas these tests made, with everything hanging off them: the planner plans for
     * every area there is, and the test station's plans must stay the test station's.
     */
    static void removeFieldworkAreas(EntityManager em) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (String sql : List.of(
                    "DELETE FROM check_in WHERE checkpoint_id IN (SELECT id FROM checkpoint WHERE area_code LIKE 'F-%')"
                            + " OR shift_id IN (SELECT id FROM plan_shift WHERE area_code LIKE 'F-%')",
                    "DELETE FROM checkpoint_miss WHERE shift_id IN (SELECT id FROM plan_shift WHERE area_code LIKE 'F-%')",
                    "DELETE FROM volunteer_attendance WHERE shift_id IN (SELECT id FROM plan_shift WHERE area_code LIKE 'F-%')",
                    "DELETE FROM coverage WHERE area_code LIKE 'F-%'",
                    "DELETE FROM finding WHERE area_code LIKE 'F-%' OR camera_code IN (SELECT code FROM camera WHERE area_code LIKE 'F-%')",
                    "DELETE FROM video_view WHERE camera_code IN (SELECT code FROM camera WHERE area_code LIKE 'F-%')",
                    "DELETE FROM camera WHERE area_code LIKE 'F-%'",
                    "DELETE FROM checkpoint WHERE area_code LIKE 'F-%'",
                    "DELETE FROM plan_shift WHERE area_code LIKE 'F-%'",
                    "DELETE FROM patrol_area WHERE code LIKE 'F-%'")) {
                em.createNativeQuery(sql).executeUpdate();
            }
        });
    }

    /** A moment far ahead, different each run, on the hour. */
    static Instant farAhead() {
        long hours = 24L * (4000 + ThreadLocalRandom.current().nextInt(40_000));
        return Instant.now().truncatedTo(java.time.temporal.ChronoUnit.DAYS).plusSeconds(hours * 3600);
    }
}
