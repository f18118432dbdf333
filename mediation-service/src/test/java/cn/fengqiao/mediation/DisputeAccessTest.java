package cn.fengqiao.mediation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import cn.fengqiao.infrastructure.audit.AuditEntry;
import cn.fengqiao.infrastructure.testing.KeycloakTokens;
import cn.fengqiao.mediation.domain.Lawyer;

/**
 * Object-level access with real tokens: community officers stay in their community, lawyers see only
 * disputes assigned to them, contacts are whole only for the assigned mediator (and that look is
 * audited), and fields no caller may set are ignored.
 */
@QuarkusTest
class DisputeAccessTest {

    static RequestSpecification as(String user) {
        return given().auth().oauth2(KeycloakTokens.of(user)).contentType(ContentType.JSON);
    }

    static String openAs(String user, String community) {
        return as(user).body("""
                        {"source":"WALK_IN","type":"NEIGHBOUR","community":"%s","summary":"access",
                         "parties":[{"side":"APPLICANT","name":"周某","contact":"13700001111"},
                                    {"side":"RESPONDENT","name":"吴某","contact":"13900002222"}]}""".formatted(community))
                .post("/api/disputes")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void shouldKeepACommunityOfficerToTheirCommunity() {
        String yihou = openAs("mediator", "yihou");

        as("officer-wanyuan")
                .body("{\"source\":\"WALK_IN\",\"type\":\"FAMILY\",\"community\":\"yihou\",\"summary\":\"x\"}")
                .post("/api/disputes")
                .then()
                .statusCode(403);
        as("officer-wanyuan").get("/api/disputes/" + yihou).then().statusCode(404);
        as("officer-wanyuan").post("/api/disputes/" + yihou + "/accept").then().statusCode(404);
        as("officer-wanyuan")
                .get("/api/disputes?size=100&community=yihou")
                .then()
                .statusCode(200)
                .body("items.community", everyItem(equalTo("wanyuan")));
        as("officer-yihou").get("/api/disputes/" + yihou).then().statusCode(200);
    }

    @Test
    void shouldShowALawyerOnlyTheDisputesAssignedToThem() {
        given().auth()
                .oauth2(KeycloakTokens.of("admin"))
                .contentType(ContentType.JSON)
                .body("{\"username\":\"lawyer\",\"name\":\"值班律师\",\"rotaOrder\":1}")
                .post("/api/mediation/lawyers");
        Lawyer lawyer = QuarkusTransaction.requiringNew().call(() -> {
            Lawyer.update("active = true WHERE username = 'lawyer'");
            return Lawyer.<Lawyer>find("username", "lawyer").firstResult();
        });
        String theirs = openAs("mediator", "wanyuan");
        String notTheirs = openAs("mediator", "wanyuan");
        as("mediator").post("/api/disputes/" + theirs + "/accept").then().statusCode(200);

        as("lawyer").get("/api/disputes/" + theirs).then().statusCode(404);
        as("mediator")
                .body("{\"kind\":\"DUTY_LAWYER\",\"lawyerId\":" + lawyer.id + "}")
                .post("/api/disputes/" + theirs + "/assign")
                .then()
                .statusCode(200);

        as("lawyer")
                .get("/api/disputes/" + theirs)
                .then()
                .statusCode(200)
                .body("mediatorKind", equalTo("DUTY_LAWYER"))
                // the lawyer mediates, so sees the contacts whole
                .body("parties[0].contact", equalTo("13700001111"));
        as("lawyer").get("/api/disputes/" + notTheirs).then().statusCode(404);
        as("lawyer")
                .body("{\"reason\":\"x\"}")
                .post("/api/disputes/" + notTheirs + "/fail")
                .then()
                .statusCode(404);
        List<String> listed = as("lawyer")
                .get("/api/disputes?size=100")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id");
        assertThat(listed).contains(theirs).doesNotContain(notTheirs);
    }

    @Test
    void shouldShowContactsWholeOnlyToTheAssignedMediatorAndAuditThatLook() {
        String id = openAs("mediator", "wanyuan");
        as("mediator").get("/api/disputes/" + id).then().body("parties[0].contact", equalTo("137****1111"));
        as("mediator").post("/api/disputes/" + id + "/accept").then().statusCode(200);
        as("mediator").body("{\"kind\":\"PEOPLES_MEDIATOR\"}").post("/api/disputes/" + id + "/assign");
        String number =
                as("mediator").get("/api/disputes/" + id).then().extract().path("number");
        long before = audits(number);

        as("mediator")
                .get("/api/disputes/" + id)
                .then()
                .body("parties.contact", contains("13700001111", "13900002222"));
        as("commander").get("/api/disputes/" + id).then().body("parties[0].contact", equalTo("137****1111"));
        as("officer").get("/api/disputes/" + id).then().body("parties[1].contact", equalTo("139****2222"));

        assertThat(audits(number)).isEqualTo(before + 1);
    }

    @Test
    void shouldIgnoreFieldsNoCallerMaySet() {
        String id = as("mediator")
                .body("""
                        {"source":"WALK_IN","type":"FAMILY","community":"wanyuan","summary":"mass assignment",
                         "id":"00000000-0000-0000-0000-000000000001","number":"TJ19990101-9999","status":"CLOSED",
                         "repeated":true,"version":42,"screenedBy":"someone-else","mediator":"mediator"}""")
                .post("/api/disputes")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        as("mediator")
                .get("/api/disputes/" + id)
                .then()
                .body("status", equalTo("SCREENED"))
                .body("repeated", equalTo(false))
                .body("number", not(equalTo("TJ19990101-9999")))
                .body("screenedBy", equalTo("mediator"))
                .body("mediator", nullValue())
                .body("version", equalTo(0));
        assertThat(id).isNotEqualTo("00000000-0000-0000-0000-000000000001");
    }

    private static long audits(String number) {
        return QuarkusTransaction.requiringNew()
                .call(() ->
                        AuditEntry.count("subject = ?1 AND action = ?2", "dispute/" + number, "read party contacts"));
    }
}
