package cn.fengqiao.mediation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * Corrections in mediation: a party of a dispute being worked (the dispute's version moves, the
 * contact is masked in the history), the assessment kept with old and new values beside them, a
 * finished dispute refused, and a lawyer of the duty rota taken off it.
 */
@QuarkusTest
class DisputeCorrectionTest {

    static RequestSpecification patch(String etag, String reason) {
        RequestSpecification request = given().contentType("application/merge-patch+json; charset=UTF-8");
        if (reason != null) {
            request = request.header("X-Reason", URLEncoder.encode(reason, StandardCharsets.UTF_8));
        }
        return etag == null ? request : request.header("If-Match", etag);
    }

    static String etag(String path) {
        return given().get(path).then().statusCode(200).extract().header("ETag");
    }

    @Test
    @TestSecurity(user = "mediator", roles = "mediator")
    void shouldCorrectAPartyAndKeepItBesideTheAssessmentInTheDisputesHistory() {
        String id = DisputeFixtures.opened();
        String path = "/api/disputes/" + id;
        JsonPath dispute = given().get(path).then().extract().jsonPath();
        long party = dispute.getLong("parties[0].id");
        String oldContact = dispute.getString("parties[0].contact");
        String etag = etag(path);
        String newContact = DisputeFixtures.freshPhone("137");

        patch(etag, "当事人电话记错")
                .body("{\"name\":\"王某某\",\"contact\":\"%s\"}".formatted(newContact))
                .patch(path + "/parties/" + party)
                .then()
                .statusCode(200)
                .body("name", equalTo("王某某"))
                .body("contact", equalTo(newContact.substring(0, 3) + "****" + newContact.substring(7)));
        // the party is part of the dispute: the dispute's version moved
        assertThat(etag(path)).isNotEqualTo(etag);
        patch(etag, "旧版本")
                .body("{\"name\":\"王二\"}")
                .patch(path + "/parties/" + party)
                .then()
                .statusCode(412);
        patch(etag(path), null)
                .body("{\"residentId\":null,\"name\":null}")
                .patch(path + "/parties/" + party)
                .then()
                .statusCode(400);
        patch(etag(path), null)
                .body("{\"name\":\"某\"}")
                .patch(path + "/parties/999999999")
                .then()
                .statusCode(404);
        given().contentType(ContentType.JSON)
                .header("If-Match", etag(path))
                .body("{\"type\":\"PROPERTY_DAMAGE\",\"riskGrade\":\"HIGH\",\"note\":\"实为物业纠纷\"}")
                .put(path + "/assessment")
                .then()
                .statusCode(200);

        JsonPath history =
                given().get(path + "/changes").then().statusCode(200).extract().jsonPath();
        assertThat(history.getList("reason")).containsExactly("当事人电话记错", "实为物业纠纷");
        assertThat(history.getList("[0].changes.field"))
                .containsExactly("parties[" + party + "].name", "parties[" + party + "].contact");
        // kept as a read shows it to anyone but the assigned mediator: masked
        assertThat(history.getString("[0].changes[1].from")).contains("****").isEqualTo(oldContact);
        assertThat(history.prettify()).doesNotContain(newContact);
        assertThat(history.getList("[1].changes.field")).contains("type", "riskGrade", "warningLevel");
        assertThat(history.getString("[1].changes[0].from")).isEqualTo("NEIGHBOUR");
    }

    @Test
    @TestSecurity(user = "mediator", roles = "mediator")
    void shouldRefuseToCorrectAFinishedDispute() {
        String id = DisputeFixtures.opened();
        String path = "/api/disputes/" + id;
        long party = given().get(path).then().extract().jsonPath().getLong("parties[0].id");
        DisputeFixtures.post(id, "refer", "{\"target\":\"COURT\",\"reason\":\"起诉\"}", 200);
        patch(etag(path), "迟到的更正")
                .body("{\"name\":\"王某某\"}")
                .patch(path + "/parties/" + party)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        given().get(path + "/changes").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void shouldTakeALawyerOffTheRotaAndKeepTheHistory() {
        String username = "lawyer-" + System.nanoTime();
        String id = given().contentType(ContentType.JSON)
                .body("{\"username\":\"%s\",\"name\":\"张律师\",\"rotaOrder\":500}".formatted(username))
                .post("/api/mediation/lawyers")
                .then()
                .statusCode(201)
                .extract()
                .path("id")
                .toString();
        String path = "/api/mediation/lawyers/" + id;
        patch(etag(path), "调离本所")
                .body("{\"firm\":\"晋城某律所\",\"active\":false}")
                .patch(path)
                .then()
                .statusCode(200)
                .body("active", equalTo(false))
                .body("firm", equalTo("晋城某律所"));
        patch(etag(path), null).body("{\"username\":\"x\"}").patch(path).then().statusCode(400);
        patch(etag(path), null).body("{\"active\":null}").patch(path).then().statusCode(400);
        JsonPath history =
                given().get(path + "/changes").then().statusCode(200).extract().jsonPath();
        assertThat(history.getList("$")).hasSize(1);
        assertThat(history.getList("[0].changes.field")).containsExactly("firm", "active");
        assertThat(history.getString("[0].changes[1].from")).isEqualTo("true");
    }
}
