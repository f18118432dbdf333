package cn.fengqiao.patrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * Corrections of the patrol's reference data with real tokens: areas, checkpoints, key sites,
 * patrollers, squads and cameras, each a merge patch against its ETag with its history; a code is
 * never corrected, a turn another squad has is refused, and the roles are the access policy's.
 */
@QuarkusTest
class ReferenceCorrectionTest {

    @Inject
    EntityManager em;

    @AfterEach
    void removeWhatTheTestMade() {
        PatrolFixtures.removeFieldworkAreas(em);
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("DELETE FROM patroller WHERE code LIKE 'F-%'")
                        .executeUpdate());
    }

    static RequestSpecification patch(String user, String etag) {
        RequestSpecification request = PatrolFixtures.as(user)
                .contentType("application/merge-patch+json; charset=UTF-8")
                .header("X-Reason", "%E7%8E%B0%E5%9C%BA%E6%A0%B8%E5%AF%B9"); // 现场核对
        return etag == null ? request : request.header("If-Match", etag);
    }

    static String etag(String path) {
        return PatrolFixtures.as("admin")
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    static JsonPath history(String user, String path) {
        return PatrolFixtures.as(user)
                .get(path + "/changes")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void shouldCorrectAnAreaItsCheckpointAndItsCameraKeepingEachHistory() {
        String area = PatrolFixtures.area("wanyuan");
        PatrolFixtures.checkpoint(area, 1, 35.49, 112.85, 30, 5);
        String checkpoint = PatrolFixtures.as("admin")
                .get("/api/patrol/areas/" + area + "/checkpoints")
                .then()
                .extract()
                .path("[0].id");
        String areaPath = "/api/patrol/areas/" + area;
        patch("admin", etag(areaPath))
                .body("{\"name\":\"凤台街区\",\"sector\":\"F-S2\"}")
                .patch(areaPath)
                .then()
                .statusCode(200)
                .body("name", equalTo("凤台街区"))
                .body("sector", equalTo("F-S2"));
        patch("admin", etag(areaPath))
                .body("{\"code\":\"F-OTHER\"}")
                .patch(areaPath)
                .then()
                .statusCode(400);
        patch("admin", etag(areaPath))
                .body("{\"name\":null}")
                .patch(areaPath)
                .then()
                .statusCode(400);
        assertThat(history("officer", areaPath).getString("[0].reason")).isEqualTo("现场核对");

        String checkpointPath = areaPath + "/checkpoints/" + checkpoint;
        String etag = etag(checkpointPath);
        patch("admin", etag)
                .body("{\"maxIntervalMinutes\":45,\"indoor\":true}")
                .patch(checkpointPath)
                .then()
                .statusCode(200)
                .body("maxIntervalMinutes", equalTo(45))
                .body("indoor", equalTo(true));
        patch("admin", etag)
                .body("{\"toleranceMinutes\":9}")
                .patch(checkpointPath)
                .then()
                .statusCode(412);
        patch("officer", etag(checkpointPath))
                .body("{\"toleranceMinutes\":9}")
                .patch(checkpointPath)
                .then()
                .statusCode(403);
        assertThat(history("auxiliary", checkpointPath).getList("[0].changes.field"))
                .containsExactly("indoor", "maxIntervalMinutes");

        String camera = area + "-CAM";
        PatrolFixtures.as("admin")
                .body("{\"code\":\"%s\",\"name\":\"路口探头\",\"areaCode\":\"%s\",\"presets\":[\"路口\"]}"
                        .formatted(camera, area))
                .post("/api/patrol/cameras")
                .then()
                .statusCode(201);
        String cameraPath = "/api/patrol/cameras/" + camera;
        patch("admin", etag(cameraPath))
                .body("{\"presets\":[\"路口\",\"北门\"],\"latitude\":35.49,\"longitude\":112.85}")
                .patch(cameraPath)
                .then()
                .statusCode(200)
                .body("presets", equalTo(List.of("路口", "北门")));
        patch("admin", etag(cameraPath))
                .body("{\"areaCode\":\"F-NO-SUCH-AREA\"}")
                .patch(cameraPath)
                .then()
                .statusCode(404);
        JsonPath cameraHistory = history("officer", cameraPath);
        assertThat(cameraHistory.getList("$")).hasSize(1);
        assertThat(cameraHistory.getList("[0].changes.field")).containsExactly("latitude", "longitude", "presets");
        assertThat(cameraHistory.getString("[0].changes[2].from")).isEqualTo("[路口]");
    }

    @Test
    void shouldTakeAPatrollerOffThePlansAndRefuseAUserNameAnotherPatrollerHas() {
        String code = "F-P" + System.nanoTime() % 1_000_000;
        PatrolFixtures.as("admin")
                .body("{\"code\":\"%s\",\"name\":\"临时辅警\",\"level\":\"AUXILIARY\",\"community\":\"wanyuan\"}"
                        .formatted(code))
                .post("/api/patrol/patrollers")
                .then()
                .statusCode(201);
        String path = "/api/patrol/patrollers/" + code;
        String etag = PatrolFixtures.as("commander").get(path).then().extract().header("ETag");
        patch("commander", etag)
                .body("{\"active\":false,\"skills\":[\"DRIVING\",\"FIRST_AID\"]}")
                .patch(path)
                .then()
                .statusCode(200)
                .body("active", equalTo(false));
        patch("commander", null)
                .body("{\"username\":\"officer\"}")
                .patch(path)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        patch("commander", null)
                .body("{\"squadCode\":\"T-SQ1\"}")
                .patch(path)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("squadCode"));
        JsonPath history = history("commander", path);
        assertThat(history.getList("$")).hasSize(1);
        assertThat(history.getList("[0].changes.field")).containsExactly("skills", "active");
        assertThat(history.getString("[0].changes[0].to")).isEqualTo("DRIVING,FIRST_AID");
    }

    @Test
    void shouldRenameAKeySiteAndRefuseASquadAnotherSquadsTurn() {
        String path = "/api/patrol/key-sites/T-SCHOOL";
        String name = PatrolFixtures.as("admin").get(path).then().extract().path("name");
        patch("admin", etag(path))
                .body("{\"name\":\"测试实验小学\"}")
                .patch(path)
                .then()
                .statusCode(200);
        patch("admin", etag(path))
                .body("{\"name\":\"" + name + "\"}")
                .patch(path)
                .then()
                .statusCode(200);
        List<String> to = history("commander", path).getList("changes.to.flatten()");
        assertThat(to.subList(to.size() - 2, to.size())).containsExactly("测试实验小学", name);

        String squad = "/api/patrol/squads/T-SQ1";
        patch(
                        "commander",
                        PatrolFixtures.as("commander")
                                .get(squad)
                                .then()
                                .extract()
                                .header("ETag"))
                .body("{\"turnOrder\":2}")
                .patch(squad)
                .then()
                .statusCode(409);
        PatrolFixtures.as("commander").get(squad).then().body("turnOrder", equalTo(1));
    }
}
