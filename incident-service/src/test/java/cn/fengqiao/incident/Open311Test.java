package cn.fengqiao.incident;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import cn.fengqiao.incident.domain.Channel;
import cn.fengqiao.incident.domain.Incident;
import cn.fengqiao.infrastructure.testing.KeycloakTokens;

/**
 * Open311 GeoReport v2 for the 12345 hotline with real tokens: the service list and definitions,
 * a request posted as city-system becoming an incident of channel 12345, read back with its status
 * and notes (never the reporter), an incident transferred to 12345 readable in the same format, the
 * standard's filters and its error list, and bad requests that store nothing.
 */
@QuarkusTest
class Open311Test {

    static RequestSpecification as(String user) {
        return given().auth().oauth2(KeycloakTokens.of(user));
    }

    static String post(Map<String, String> form) {
        return as("city-system")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParams(form)
                .post("/open311/v2/requests.json")
                .then()
                .statusCode(201)
                .body("[0].service_request_id", startsWith("JQ"))
                .body("[0].service_notice", containsString("Nanjie"))
                .extract()
                .path("[0].service_request_id");
    }

    @Test
    void shouldListTheServicesAndDefineTheCommunityAttribute() {
        as("city-system")
                .get("/open311/v2/services.json")
                .then()
                .statusCode(200)
                .body("service_code", hasItem("noise"))
                .body("[0]", hasKey("service_name"))
                .body("[0].type", equalTo("realtime"))
                .body("[0].metadata", equalTo(true));
        as("city-system")
                .get("/open311/v2/services/noise.json")
                .then()
                .statusCode(200)
                .body("service_code", equalTo("noise"))
                .body("attributes[0].code", equalTo("community"))
                .body("attributes[0].required", equalTo(true))
                .body("attributes[0].values.key", hasItem("wanyuan"));
        as("city-system")
                .get("/open311/v2/services/karaoke.json")
                .then()
                .statusCode(404)
                .body("[0].code", equalTo(404))
                .body("[0].description", containsString("karaoke"));
    }

    @Test
    void shouldTurnAHotlineRequestIntoAnIncidentAndFollowItsStatusWithoutTheReporter() {
        String number = post(Map.of(
                "service_code", "noise",
                "attribute[community]", "wanyuan",
                "lat", "35.492",
                "long", "112.842",
                "address_string", "万源街 12 号院",
                "description", "深夜装修噪音",
                "first_name", "先生",
                "last_name", "王",
                "phone", "13800138000"));

        Incident incident = QuarkusTransaction.requiringNew()
                .call(() -> Incident.<Incident>find("number", number).firstResult());
        assertThat(incident.channel).isEqualTo(Channel.HOTLINE_12345);
        assertThat(incident.subCategory).hasToString("NOISE");
        assertThat(incident.community).isEqualTo("wanyuan");
        as("city-system")
                .get("/open311/v2/requests/" + number + ".json")
                .then()
                .statusCode(200)
                .body("[0].status", equalTo("open"))
                .body("[0].service_code", equalTo("noise"))
                .body("[0].description", equalTo("深夜装修噪音"))
                .body("[0].address", equalTo("万源街 12 号院"))
                .body("[0].requested_datetime", containsString("+08:00"))
                .body("[0]", not(hasKey("phone")))
                .body("[0].toString()", not(containsString("13800138000")));

        as("officer")
                .contentType(ContentType.JSON)
                .body("{\"reason\":\"报警人已自行解决\"}")
                .post("/api/incidents/" + incident.id + "/cancel")
                .then()
                .statusCode(200);
        as("city-system")
                .get("/open311/v2/requests.json?service_request_id=" + number + "&status=closed")
                .then()
                .statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].status", equalTo("closed"))
                .body("[0].status_notes", containsString("报警人已自行解决"));
        as("city-system")
                .get("/open311/v2/requests.json?service_request_id=" + number + "&status=open")
                .then()
                .body("size()", equalTo(0));
        as("city-system")
                .get("/open311/v2/tokens/" + incident.id + ".json")
                .then()
                .statusCode(200)
                .body("[0].service_request_id", equalTo(number));
    }

    @Test
    void shouldShowAnIncidentTheStationTransferredTo12345() {
        String id = as("officer")
                .contentType(ContentType.JSON)
                .body(
                        "{\"channel\":\"CALL_110\",\"category\":\"NON_POLICE\",\"summary\":\"路灯不亮\",\"community\":\"yihou\"}")
                .post("/api/incidents")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as("officer")
                .contentType(ContentType.JSON)
                .body("{\"target\":\"HOTLINE_12345\",\"reason\":\"市政设施\",\"reference\":\"12345-0703-11\"}")
                .post("/api/incidents/" + id + "/transfer")
                .then()
                .statusCode(200);
        String number =
                as("officer").get("/api/incidents/" + id).then().extract().path("number");

        as("city-system")
                .get("/open311/v2/requests/" + number + ".json")
                .then()
                .statusCode(200)
                .body("[0].status", equalTo("closed"))
                .body("[0].agency_responsible", equalTo("12345"))
                .body("[0].status_notes", containsString("市政设施"));
        List<String> recent = as("city-system")
                .get("/open311/v2/requests.json?service_code=non-police")
                .then()
                .statusCode(200)
                .extract()
                .path("service_request_id");
        assertThat(recent).contains(number);
    }

    @Test
    void shouldAnswerBadRequestsInTheStandardsErrorFormatAndStoreNothing() {
        long before = hotlineIncidents();
        as("city-system")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParams(Map.of("attribute[community]", "wanyuan", "lat", "35.49", "long", "112.84"))
                .post("/open311/v2/requests.json")
                .then()
                .statusCode(400)
                .body("[0].code", equalTo(400))
                .body("[0].description", containsString("service_code"));
        as("city-system")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParams(Map.of("service_code", "noise", "lat", "35.49", "long", "112.84"))
                .post("/open311/v2/requests.json")
                .then()
                .statusCode(400)
                .body("[0].description", containsString("community"));
        as("city-system")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParams(Map.of("service_code", "noise", "attribute[community]", "wanyuan"))
                .post("/open311/v2/requests.json")
                .then()
                .statusCode(400)
                .body("[0].description", containsString("location"));
        as("city-system")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParams(Map.of(
                        "service_code", "noise", "attribute[community]", "wanyuan", "lat", "north", "long", "112.84"))
                .post("/open311/v2/requests.json")
                .then()
                .statusCode(400);
        as("city-system")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParams(Map.of(
                        "service_code", "noise",
                        "attribute[community]", "wanyuan",
                        "address_string", "x",
                        "phone", "12345"))
                .post("/open311/v2/requests.json")
                .then()
                .statusCode(400)
                .body("[0].description", containsString("phone"));
        for (Map.Entry<String, String> unsafe : Map.of(
                        "description", "噪音\u0000扰民", "first_name", "张\n三", "last_name", "\u202e张")
                .entrySet()) {
            as("city-system")
                    .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                    .formParams(Map.of(
                            "service_code",
                            "noise",
                            "attribute[community]",
                            "wanyuan",
                            "address_string",
                            "x",
                            unsafe.getKey(),
                            unsafe.getValue()))
                    .post("/open311/v2/requests.json")
                    .then()
                    .statusCode(400)
                    .body("[0].description", containsString(unsafe.getKey()));
        }
        as("city-system")
                .get("/open311/v2/requests.json?start_date=yesterday")
                .then()
                .statusCode(400);
        as("city-system").get("/open311/v2/requests.json?status=lost").then().statusCode(400);
        as("city-system")
                .get("/open311/v2/requests/JQ00000000-0000.json")
                .then()
                .statusCode(404);
        as("city-system").get("/open311/v2/tokens/nothing.json").then().statusCode(404);
        assertThat(hotlineIncidents()).isEqualTo(before);
    }

    @Test
    void shouldAnswerEveryEndpointInTheStandardsXmlWhenThePathEndsInXml() {
        as("city-system")
                .get("/open311/v2/services.xml")
                .then()
                .statusCode(200)
                .contentType(containsString("application/xml"))
                .body("services.service.service_code", hasItem("noise"))
                .body("services.service[0].metadata", equalTo("true"))
                .body("services.service[0].type", equalTo("realtime"));
        as("city-system")
                .get("/open311/v2/services/noise.xml")
                .then()
                .statusCode(200)
                .body("service_definition.service_code", equalTo("noise"))
                .body("service_definition.attributes.attribute[0].code", equalTo("community"))
                .body("service_definition.attributes.attribute[0].values.value.key", hasItem("wanyuan"));

        String number = as("city-system")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParams(Map.of(
                        "service_code", "locked-out",
                        "attribute[community]", "yihou",
                        "address_string", "驿后小区 3 号楼 <东> & 西",
                        "description", "钥匙锁在屋里 \"急\""))
                .post("/open311/v2/requests.xml")
                .then()
                .statusCode(201)
                .contentType(containsString("application/xml"))
                .body("service_requests.request.service_notice", containsString("Nanjie"))
                .extract()
                .path("service_requests.request.service_request_id");
        assertThat(number).startsWith("JQ");
        String token = as("city-system")
                .get("/open311/v2/requests/" + number + ".xml")
                .then()
                .statusCode(200)
                .body("service_requests.request.status", equalTo("open"))
                .body("service_requests.request.status_notes", equalTo("received"))
                .body("service_requests.request.service_code", equalTo("locked-out"))
                .body("service_requests.request.address", equalTo("驿后小区 3 号楼 <东> & 西"))
                .body("service_requests.request.description", equalTo("钥匙锁在屋里 \"急\""))
                .body("service_requests.request.media_url", equalTo(""))
                .extract()
                .path("service_requests.request.service_request_id");
        assertThat(token).isEqualTo(number);
        List<String> listed = as("city-system")
                .get("/open311/v2/requests.xml?service_code=locked-out&status=open")
                .then()
                .statusCode(200)
                .extract()
                .xmlPath()
                .getList("service_requests.request.service_request_id", String.class);
        assertThat(listed).contains(number);
        String id = QuarkusTransaction.requiringNew()
                .call(() -> Incident.<Incident>find("number", number)
                        .firstResult()
                        .id
                        .toString());
        as("city-system")
                .get("/open311/v2/tokens/" + id + ".xml")
                .then()
                .statusCode(200)
                .body("service_requests.request.service_request_id", equalTo(number))
                .body("service_requests.request.token", equalTo(id));

        as("city-system")
                .get("/open311/v2/services/karaoke.xml")
                .then()
                .statusCode(404)
                .contentType(containsString("application/xml"))
                .body("errors.error.code", equalTo("404"))
                .body("errors.error.description", containsString("karaoke"));
        as("city-system").get("/open311/v2/services.csv").then().statusCode(404);
    }

    @Test
    void shouldLetOnlyTheRightRolesIn() {
        as("auxiliary").get("/open311/v2/services.json").then().statusCode(403);
        as("officer").get("/open311/v2/services.json").then().statusCode(200);
        as("officer")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParams(Map.of("service_code", "noise"))
                .post("/open311/v2/requests.json")
                .then()
                .statusCode(403);
        given().get("/open311/v2/services.json").then().statusCode(401);
    }

    private static long hotlineIncidents() {
        return QuarkusTransaction.requiringNew().call(() -> Incident.count("channel", Channel.HOTLINE_12345));
    }
}
