package cn.fengqiao.resident;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import cn.fengqiao.infrastructure.testing.KeycloakTokens;
import cn.fengqiao.infrastructure.testing.TestClock;

/** Housing with rentals and the rented-share report, and venue inspections with overdue rectifications. */
@QuarkusTest
class HousingAndVenueTest {

    static final ZoneId STATION = ZoneId.of("Asia/Shanghai");

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static RequestSpecification as(String user) {
        return given().auth().oauth2(KeycloakTokens.of(user)).contentType(ContentType.JSON);
    }

    /** A fresh community of courtyards, so the report counts only this test's dwellings. */
    static String courtyardIn(String community, String street) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String address = AddressResourceTest.add("H-" + tag, "NUMBER", street, tag + "号院", null);
        return as("officer")
                .body("{\"addressId\":\"%s\",\"kind\":\"COURTYARD\",\"use\":\"RENTED_OUT\"}".formatted(address))
                .post("/api/housing")
                .then()
                .statusCode(201)
                .body("community", equalTo(community))
                .extract()
                .path("id");
    }

    @Test
    void shouldReportTheRentedShareAndTheUnregisteredRentalsOfACommunity() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String street = AddressResourceTest.add("HS-" + tag, "STREET", null, "测试巷" + tag, "community-8");
        Map<String, Object> before = report("community-8");
        long dwellingsBefore = ((Number) before.getOrDefault("dwellings", 0)).longValue();
        long rentedBefore = ((Number) before.getOrDefault("rented", 0)).longValue();
        long unregisteredBefore = ((Number) before.getOrDefault("unregisteredRentals", 0)).longValue();
        String tenant = PersonResourceTest.register(
                "officer", PersonFixtures.idNumber(true), PersonFixtures.phone(), "community-8");
        LocalDate today = LocalDate.now(STATION);

        String a = courtyardIn("community-8", street);
        String b = courtyardIn("community-8", street);
        courtyardIn("community-8", street); // not rented
        String rentalA = rent(a, tenant, today.minusMonths(2), null, false);
        rent(b, tenant, today.minusMonths(1), today.plusMonths(5), true);
        rent(b, tenant, today.minusYears(2), today.minusYears(1), false); // ended long ago: not counted

        Map<String, Object> line = report("community-8");
        assertThat(((Number) line.get("dwellings")).longValue()).isEqualTo(dwellingsBefore + 3);
        assertThat(((Number) line.get("rented")).longValue()).isEqualTo(rentedBefore + 2);
        assertThat(((Number) line.get("unregisteredRentals")).longValue()).isEqualTo(unregisteredBefore + 1);

        as("auxiliary")
                .post("/api/housing/rentals/" + rentalA + "/registration")
                .then()
                .statusCode(200)
                .body("registered", equalTo(true));
        assertThat(((Number) report("community-8").get("unregisteredRentals")).longValue())
                .isEqualTo(unregisteredBefore);
        as("officer").get("/api/housing/" + a + "/rentals").then().body("tenantIds[0]", contains(tenant));
    }

    @Test
    void shouldRefuseASecondDwellingAtOneAddressAndATenantNotRegistered() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String street = AddressResourceTest.add("HT-" + tag, "STREET", null, "测试路" + tag, "wanyuan");
        String address = AddressResourceTest.add("HT-" + tag + "-1", "NUMBER", street, "1号院", null);
        String dwelling = as("officer")
                .body("{\"addressId\":\"%s\",\"kind\":\"COURTYARD\",\"use\":\"OWN_USE\"}".formatted(address))
                .post("/api/housing")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as("officer")
                .body("{\"addressId\":\"%s\",\"kind\":\"FLAT\",\"use\":\"OWN_USE\"}".formatted(address))
                .post("/api/housing")
                .then()
                .statusCode(409);
        as("officer")
                .body("{\"tenantIds\":[\"%s\"],\"startOn\":\"2024-01-01\"}".formatted(UUID.randomUUID()))
                .post("/api/housing/" + dwelling + "/rentals")
                .then()
                .statusCode(400)
                .body("detail", containsString("register the tenant first"));
        as("officer-yihou").get("/api/housing/" + dwelling).then().statusCode(403);
    }

    @Test
    void shouldInspectAVenueAndListItsRectificationWhenOverdue() {
        String community = "community-7";
        String venue = as("officer")
                .body("{\"name\":\"测试KTV\",\"kind\":\"KTV\",\"licence\":\"JY-001\",\"personInCharge\":\"钱老板\","
                        + "\"personInChargePhone\":\"13811112222\",\"community\":\"%s\",\"camerasCoverEntrance\":false}"
                                .formatted(community))
                .post("/api/venues")
                .then()
                .statusCode(201)
                .body("personInChargePhone", equalTo("138****2222"))
                .extract()
                .path("id");
        String passed = as("auxiliary")
                .body("{\"findings\":[]}")
                .post("/api/venues/" + venue + "/inspections")
                .then()
                .statusCode(201)
                .body("status", equalTo("PASSED"))
                .extract()
                .path("id");
        String notice = as("auxiliary")
                .body("{\"findings\":[\"FIRE\",\"LICENCE\"],\"notes\":\"灭火器过期\",\"rectificationDays\":5}")
                .post("/api/venues/" + venue + "/inspections")
                .then()
                .statusCode(201)
                .body("status", equalTo("RECTIFICATION_REQUIRED"))
                .body("findings", contains("FIRE", "LICENCE"))
                .body(
                        "rectificationDue",
                        equalTo(LocalDate.now(STATION).plusDays(5).toString()))
                .extract()
                .path("id");
        assertThat(overdue(community)).doesNotContain(notice);

        clock.advance(Duration.ofDays(6));

        assertThat(overdue(community)).contains(notice).doesNotContain(passed);
        as("officer")
                .body("{\"rectified\":false,\"note\":\"仍未整改\"}")
                .post("/api/venues/inspections/" + notice + "/revisit")
                .then()
                .statusCode(200)
                .body("status", equalTo("ESCALATED"));
        assertThat(overdue(community)).doesNotContain(notice);
        as("officer")
                .body("{\"rectified\":true}")
                .post("/api/venues/inspections/" + notice + "/revisit")
                .then()
                .statusCode(409);
        as("officer")
                .get("/api/venues?community=" + community + "&withoutCameras=true&size=100")
                .then()
                .statusCode(200);
    }

    private static Map<String, Object> report(String community) {
        List<Map<String, Object>> lines = as("commander")
                .get("/api/housing/report?community=" + community)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
        return lines.isEmpty() ? Map.of() : lines.get(0);
    }

    static String rent(String dwelling, String tenant, LocalDate from, LocalDate to, boolean registered) {
        return as("officer")
                .body("{\"tenantIds\":[\"%s\"],\"startOn\":\"%s\",\"endOn\":%s,\"registered\":%s}"
                        .formatted(tenant, from, to == null ? "null" : "\"" + to + "\"", registered))
                .post("/api/housing/" + dwelling + "/rentals")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static List<String> overdue(String community) {
        return as("officer")
                .get("/api/venues/rectifications/overdue?community=" + community + "&size=100")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id");
    }
}
