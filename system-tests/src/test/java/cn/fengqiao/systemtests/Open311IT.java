package cn.fengqiao.systemtests;

import static cn.fengqiao.systemtests.Gateway.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The 12345 hotline through the gateway as Open311 GeoReport v2 with its client-credentials token:
 * a request posted becomes an incident the station sees on its list, and the hotline reads it back
 * (in JSON and in the standard's XML).
 */
class Open311IT {

    @BeforeAll
    static void startSystem() {
        SystemUnderTest.start();
    }

    @Test
    void shouldTakeARequestFromTheHotlineAndShowItToTheStation() {
        String number = as("city-system")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("service_code", "lost-item")
                .formParam("attribute[community]", "yihou")
                .formParam("address_string", "驿后商场北门")
                .formParam("description", "钱包遗失在商场北门")
                .post("/open311/v2/requests.json")
                .then()
                .statusCode(201)
                .body("[0].service_request_id", startsWith("JQ"))
                .extract()
                .path("[0].service_request_id");

        as("city-system")
                .get("/open311/v2/requests/" + number + ".json")
                .then()
                .statusCode(200)
                .body("[0].status", equalTo("open"))
                .body("[0].service_code", equalTo("lost-item"));
        as("city-system")
                .get("/open311/v2/requests/" + number + ".xml")
                .then()
                .statusCode(200)
                .contentType(containsString("application/xml"))
                .body("service_requests.request.service_request_id", equalTo(number))
                .body("service_requests.request.status", equalTo("open"));
        as("officer")
                .get("/api/incidents?community=yihou&size=100")
                .then()
                .statusCode(200)
                .body("items.find { it.number == '" + number + "' }.channel", equalTo("HOTLINE_12345"))
                .body("items.find { it.number == '" + number + "' }.summary", containsString("钱包"));
        as("auxiliary").get("/open311/v2/services.json").then().statusCode(403);
    }
}
