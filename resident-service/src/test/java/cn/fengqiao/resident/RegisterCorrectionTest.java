package cn.fengqiao.resident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import cn.fengqiao.infrastructure.testing.TopicProbe;

/**
 * Corrections of housing, units and the address tree with real tokens (一标三实): what each may
 * correct, its history, its ETag, the checks of the record on the spot and the lists of records
 * nobody checked for months, a venue's closing published, and retiring an address refused while
 * anything still hangs off it.
 */
@QuarkusTest
class RegisterCorrectionTest {

    static final LocalDate TODAY = PersonCorrectionTest.TODAY;

    @Inject
    EntityManager em;

    @Test
    void shouldCorrectADwellingKeepItsHistoryAndListItWhenNobodyCheckedItForMonths() {
        String street = PersonCorrectionTest.street("wanyuan");
        String dwelling = HousingAndVenueTest.courtyardIn("wanyuan", street);
        String owner = PersonResourceTest.register(
                "officer", PersonFixtures.idNumber(true), PersonFixtures.phone(), "wanyuan");
        String path = "/api/housing/" + dwelling;
        String etag = etag(path);

        PersonCorrectionTest.patch(etag, "房屋核查：已自住")
                .body("{\"use\":\"OWN_USE\",\"ownerPersonId\":\"%s\",\"ownerName\":\"王房东\"}".formatted(owner))
                .patch(path)
                .then()
                .statusCode(200)
                .body("use", equalTo("OWN_USE"))
                .body("ownerPersonId", equalTo(owner))
                .body("verifiedBy", equalTo("officer"));
        PersonCorrectionTest.patch(etag, "旧版本")
                .body("{\"use\":\"VACANT\"}")
                .patch(path)
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
        for (String refused : List.of(
                "{\"use\":null}",
                "{\"addressId\":\"" + street + "\"}",
                "{\"ownerPersonId\":\"" + UUID.randomUUID() + "\"}",
                "{\"use\":\"CASTLE\"}")) {
            PersonCorrectionTest.patch(etag(path), "试")
                    .body(refused)
                    .patch(path)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");
        }
        JsonPath history = history(path);
        assertThat(history.getList("$")).hasSize(1);
        assertThat(history.getString("[0].reason")).isEqualTo("房屋核查：已自住");
        assertThat(history.getList("[0].changes.field")).containsExactly("use", "ownerPersonId", "ownerName");
        assertThat(history.getString("[0].changes[0].from")).isEqualTo("RENTED_OUT");

        age("dwelling", dwelling);
        assertThat(PersonCorrectionTest.unverified("/api/housing/unverified")).contains(dwelling);
        HousingAndVenueTest.as("auxiliary")
                .post(path + "/verification")
                .then()
                .statusCode(200)
                .body("verifiedBy", equalTo("auxiliary"));
        assertThat(PersonCorrectionTest.unverified("/api/housing/unverified")).doesNotContain(dwelling);
        HousingAndVenueTest.as("officer")
                .get("/api/housing/unverified?months=121")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("months"));
    }

    @Test
    void shouldEndARentalEarlyAndReplaceItsTenantsMovingItsVersion() {
        String dwelling = HousingAndVenueTest.courtyardIn("wanyuan", PersonCorrectionTest.street("wanyuan"));
        String first = PersonResourceTest.register(
                "officer", PersonFixtures.idNumber(true), PersonFixtures.phone(), "wanyuan");
        String second = PersonResourceTest.register(
                "officer", PersonFixtures.idNumber(false), PersonFixtures.phone(), "wanyuan");
        String rental = HousingAndVenueTest.rent(dwelling, first, TODAY.minusMonths(3), null, true);
        String path = "/api/housing/rentals/" + rental;
        String etag = etag(path);

        PersonCorrectionTest.patch(etag, "换租客")
                .body("{\"tenantIds\":[\"%s\"]}".formatted(second))
                .patch(path)
                .then()
                .statusCode(200)
                .body("tenantIds", equalTo(List.of(second)));
        // the tenants live in a table of their own, yet the rental's version moved
        assertThat(etag(path)).isNotEqualTo(etag);
        PersonCorrectionTest.patch(etag(path), "试")
                .body("{\"endOn\":\"%s\"}".formatted(TODAY.minusMonths(4)))
                .patch(path)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("endOn"));
        PersonCorrectionTest.patch(etag(path), "提前退租")
                .body("{\"endOn\":\"%s\"}".formatted(TODAY.minusDays(1)))
                .patch(path)
                .then()
                .statusCode(200)
                .body("endOn", equalTo(TODAY.minusDays(1).toString()));

        JsonPath history = history(path);
        assertThat(history.getList("reason")).containsExactly("换租客", "提前退租");
        assertThat(history.getString("[0].changes[0].from")).isEqualTo("[" + first + "]");
        assertThat(history.getMap("[1].changes[0]")).containsEntry("from", null);
    }

    @Test
    void shouldCorrectAVenueMaskThePhoneInItsHistoryAndPublishItsClosing() {
        String venue = HousingAndVenueTest.as("officer")
                .body("{\"name\":\"老王烧烤\",\"kind\":\"SMALL_RESTAURANT\",\"community\":\"wanyuan\","
                        + "\"personInChargePhone\":\"13800003333\",\"camerasCoverEntrance\":false}")
                .post("/api/venues")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String path = "/api/venues/" + venue;
        PersonCorrectionTest.patch(etag(path), "招牌更换")
                .body("{\"name\":\"王记烧烤\",\"personInChargePhone\":\"13900004444\",\"camerasCoverEntrance\":true}")
                .patch(path)
                .then()
                .statusCode(200)
                .body("name", equalTo("王记烧烤"))
                .body("personInChargePhone", equalTo("139****4444"));
        PersonCorrectionTest.patch(etag(path), "试")
                .body("{\"closedOn\":\"%s\"}".formatted(TODAY.plusDays(1)))
                .patch(path)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("closedOn"));
        age("venue", venue);
        assertThat(PersonCorrectionTest.unverified("/api/venues/unverified")).contains(venue);

        try (TopicProbe events = TopicProbe.fromNow("resident-events")) {
            PersonCorrectionTest.patch(etag(path), "已关门歇业")
                    .body("{\"closedOn\":\"%s\"}".formatted(TODAY))
                    .patch(path)
                    .then()
                    .statusCode(200)
                    .body("closedOn", equalTo(TODAY.toString()));
            ConsumerRecord<String, String> closed = events.await(
                            r -> venue.equals(r.key())
                                    && "cn.fengqiao.resident.venue-closed.v1".equals(TopicProbe.header(r, "ce_type")),
                            Duration.ofSeconds(20))
                    .orElseThrow();
            assertThat(new JsonPath(closed.value()).getString("closedOn")).isEqualTo(TODAY.toString());
            assertThat(closed.value()).doesNotContain("13900004444");
        }
        // a closed venue is not on the rounds' list, and there is nothing to inspect
        assertThat(PersonCorrectionTest.unverified("/api/venues/unverified")).doesNotContain(venue);
        HousingAndVenueTest.as("officer")
                .body("{\"findings\":[\"FIRE\"]}")
                .post(path + "/inspections")
                .then()
                .statusCode(409);

        JsonPath history = history(path);
        assertThat(history.getList("$")).hasSize(2);
        assertThat(history.getList("[0].changes.field"))
                .containsExactly("name", "personInChargePhone", "camerasCoverEntrance");
        assertThat(history.getString("[0].changes[1].from")).isEqualTo("138****3333");
        assertThat(history.getString("[0].changes[1].to")).isEqualTo("139****4444");
        assertThat(history.prettify()).doesNotContain("13800003333").doesNotContain("13900004444");
    }

    @Test
    void shouldRenameAStreetWithEverythingBelowItAndRetireOnlyAnAddressNothingHangsOff() {
        String street = PersonCorrectionTest.street("wanyuan");
        String number = AddressResourceTest.add("RN-" + System.nanoTime(), "NUMBER", street, "8号", null);
        String empty = AddressResourceTest.add("RE-" + System.nanoTime(), "NUMBER", street, "9号", null);
        String newName = "新华路" + System.nanoTime() % 100_000;
        String path = "/api/addresses/" + street;

        PersonCorrectionTest.patch("admin", etag(path), "道路更名")
                .body("{\"name\":\"%s\"}".formatted(newName))
                .patch(path)
                .then()
                .statusCode(200)
                .body("name", equalTo(newName));
        HousingAndVenueTest.as("officer")
                .get("/api/addresses/" + number)
                .then()
                .body("fullName", equalTo(newName + "8号"));

        // the street still holds two numbers: not retired, and nothing changes
        PersonCorrectionTest.patch("admin", etag(path), "拆迁")
                .body("{\"retiredOn\":\"%s\"}".formatted(TODAY))
                .patch(path)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        HousingAndVenueTest.as("officer").get(path).then().body("retiredOn", equalTo(null));

        String emptyPath = "/api/addresses/" + empty;
        PersonCorrectionTest.patch("admin", etag(emptyPath), "拆除")
                .body("{\"retiredOn\":\"%s\"}".formatted(TODAY))
                .patch(emptyPath)
                .then()
                .statusCode(200)
                .body("retiredOn", equalTo(TODAY.toString()));
        HousingAndVenueTest.as("officer")
                .get("/api/addresses?q=" + newName + "&size=100")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(number))
                .body("items.id", not(hasItem(empty)));
        HousingAndVenueTest.as("officer")
                .body("{\"addressId\":\"%s\",\"kind\":\"FLAT\",\"use\":\"OWN_USE\"}".formatted(empty))
                .post("/api/housing")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("addressId"));
        PersonCorrectionTest.patch("officer", etag(emptyPath), "不是管理员")
                .body("{\"retiredOn\":null}")
                .patch(emptyPath)
                .then()
                .statusCode(403);
        assertThat(history(path).getList("[0].changes.field")).containsExactly("name", "fullName");
    }

    private static String etag(String path) {
        return HousingAndVenueTest.as("officer")
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    private static JsonPath history(String path) {
        return HousingAndVenueTest.as("officer")
                .get(path + "/changes")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** The record was last checked 13 months ago. */
    private void age(String table, String id) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(
                                "UPDATE " + table + " SET verified_at = now() - interval '13 months' WHERE id = ?1")
                        .setParameter(1, UUID.fromString(id))
                        .executeUpdate());
    }
}
