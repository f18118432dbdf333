package cn.fengqiao.incident;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import cn.fengqiao.incident.messaging.IncidentCorrected;
import cn.fengqiao.incident.messaging.IncidentTopics;
import cn.fengqiao.infrastructure.testing.TopicProbe;

/** Corrections of an open incident: a merge patch, its history, the event, and what stays refused. */
@QuarkusTest
class IncidentCorrectionTest {

    static RequestSpecification patch(String etag) {
        RequestSpecification request = given().contentType("application/merge-patch+json; charset=UTF-8")
                .header("X-Reason", URLEncoder.encode("回访核实：实为盗窃", StandardCharsets.UTF_8));
        return etag == null ? request : request.header("If-Match", etag);
    }

    static String etag(String id) {
        return given().get("/api/incidents/" + id).then().extract().header("ETag");
    }

    @Test
    @TestSecurity(user = "officer", roles = "officer")
    void shouldRecategoriseAnOpenIncidentKeepTheHistoryAndPublishTheCorrectedFacts() {
        String id = IncidentLifecycleTest.report("wanyuan");
        try (TopicProbe events = TopicProbe.fromNow(IncidentTopics.INCIDENT_EVENTS)) {
            patch(etag(id))
                    .body("{\"category\":\"CRIMINAL\",\"subCategory\":\"THEFT\",\"priority\":\"HIGH\","
                            + "\"latitude\":35.4912,\"longitude\":112.8521}")
                    .patch("/api/incidents/" + id)
                    .then()
                    .statusCode(200)
                    .body("category", equalTo("CRIMINAL"))
                    .body("subCategory", equalTo("THEFT"))
                    .body("priority", equalTo("HIGH"));
            JsonPath history = given().get("/api/incidents/" + id + "/changes")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertThat(history.getString("[0].by")).isEqualTo("officer");
            assertThat(history.getString("[0].reason")).isEqualTo("回访核实：实为盗窃");
            assertThat(history.getList("[0].changes.field"))
                    .containsExactly("category", "subCategory", "priority", "latitude", "longitude");
            ConsumerRecord<String, String> corrected = events.await(
                            r -> id.equals(r.key()) && IncidentCorrected.TYPE.equals(TopicProbe.header(r, "ce_type")),
                            Duration.ofSeconds(20))
                    .orElseThrow();
            JsonPath data = new JsonPath(corrected.value());
            assertThat(data.getString("category")).isEqualTo("CRIMINAL");
            assertThat(data.getList("changed")).contains("category", "latitude");
        }
        // a new category drops a sub-category of the old one
        patch(etag(id))
                .body("{\"category\":\"HELP\"}")
                .patch("/api/incidents/" + id)
                .then()
                .statusCode(200)
                .body("subCategory", nullValue());
    }

    @Test
    @TestSecurity(user = "officer", roles = "officer")
    void shouldRefuseWhatCannotBeCorrectedAndAClosedIncidentChangingNothing() {
        String id = IncidentLifecycleTest.report("wanyuan");
        String etag = etag(id);
        for (String refused : new String[] {
            "{\"subCategory\":\"THEFT\"}", // a sub-category of another category
            "{\"category\":null}",
            "{\"channel\":\"WALK_IN\"}",
            "{\"number\":\"JQ1\"}",
            "{\"latitude\":35.49}",
            "{\"summary\":\"\"}",
            "{\"category\":\"NO_SUCH\"}"
        }) {
            patch(etag)
                    .body(refused)
                    .patch("/api/incidents/" + id)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");
        }
        assertThat(etag(id)).isEqualTo(etag);
        given().contentType("application/json")
                .body("{\"reason\":\"duplicate\"}")
                .post("/api/incidents/" + id + "/cancel")
                .then()
                .statusCode(200);
        patch(null)
                .body("{\"priority\":\"LOW\"}")
                .patch("/api/incidents/" + id)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        patch(etag)
                .body("{\"priority\":\"LOW\"}")
                .patch("/api/incidents/" + id)
                .then()
                .statusCode(412);
        given().get("/api/incidents/" + id + "/changes").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    @TestSecurity(user = "officer", roles = "officer")
    void shouldCorrectACaseUntilItIsClosed() {
        String id = given().contentType("application/json")
                .body("{\"kind\":\"CRIMINAL\",\"type\":\"THEFT\",\"title\":\"电动车被盗\",\"community\":\"wanyuan\"}")
                .post("/api/cases")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String path = "/api/cases/" + id;
        String etag = given().get(path).then().statusCode(200).extract().header("ETag");
        patch(etag)
                .body("{\"type\":\"FRAUD\",\"title\":\"冒充快递理赔诈骗\"}")
                .patch(path)
                .then()
                .statusCode(200)
                .body("type", equalTo("FRAUD"));
        patch(etag).body("{\"title\":\"旧版本\"}").patch(path).then().statusCode(412);
        patch(null).body("{\"type\":null}").patch(path).then().statusCode(400);
        given().contentType("application/json")
                .body("{}")
                .post(path + "/close")
                .then()
                .statusCode(200);
        patch(null).body("{\"title\":\"结案后\"}").patch(path).then().statusCode(409);

        JsonPath history =
                given().get(path + "/changes").then().statusCode(200).extract().jsonPath();
        assertThat(history.getList("$")).hasSize(1);
        assertThat(history.getList("[0].changes.field")).containsExactly("type", "title");
        assertThat(history.getString("[0].changes[0].from")).isEqualTo("THEFT");
    }
}
