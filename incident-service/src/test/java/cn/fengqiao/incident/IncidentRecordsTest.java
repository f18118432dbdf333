package cn.fengqiao.incident;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import cn.fengqiao.incident.domain.NarrativeEntry;
import cn.fengqiao.infrastructure.audit.AuditEntry;

/** Narrative, people, agency contacts and duplicate suggestions, against the real PostgreSQL. */
@QuarkusTest
class IncidentRecordsTest {

    @Inject
    EntityManager em;

    static ValidatableResponse reportAt(
            String category, double latitude, double longitude, String addressId, String reporter) {
        String body = "{\"channel\":\"CALL_110\",\"category\":\"" + category
                + "\",\"summary\":\"test\",\"community\":\"yihou\""
                + ",\"latitude\":" + latitude + ",\"longitude\":" + longitude
                + (addressId == null ? "" : ",\"addressId\":\"" + addressId + "\"")
                + ",\"reporterName\":\"" + reporter + "\",\"reporterPhone\":\"13911112222\"}";
        return given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/incidents")
                .then()
                .statusCode(201);
    }

    static double uniqueLatitude() {
        // Somewhere new for each test, so earlier runs' incidents are never within 200 m.
        return 20 + (System.nanoTime() % 1_000_000) / 20_000.0;
    }

    @Test
    @TestSecurity(user = "officer", roles = "officer")
    void shouldSuggestOpenIncidentsOfTheSameCategoryNearbyOrAtTheSameAddress() {
        double lat = uniqueLatitude();
        String address = "ADDR-" + UUID.randomUUID();
        String first = reportAt("CRIMINAL", lat, 112.85, null, "A").extract().path("id");
        String sameAddressFarAway =
                reportAt("CRIMINAL", lat + 0.5, 112.85, address, "B").extract().path("id");

        reportAt("CRIMINAL", lat + 0.0009, 112.85, address, "C")
                .body("possibleDuplicates.id", contains(sameAddressFarAway, first))
                .body("possibleDuplicates[0].sameAddress", equalTo(true))
                .body("possibleDuplicates[1].distanceMetres", equalTo(100));
        reportAt("CRIMINAL", lat + 0.0045, 112.85, null, "D").body("possibleDuplicates.id", not(hasItem(first)));
        reportAt("TRAFFIC", lat, 112.85, null, "E").body("possibleDuplicates", empty());
    }

    @Test
    @TestSecurity(user = "officer", roles = "officer")
    void shouldSuggestOnlyTheTenNearestWhenACrowdReportsTheSamePlace() {
        double lat = uniqueLatitude();
        // 12 reports of one fire from 0–110 m north; the 13th, at the spot, is told of the 10 nearest
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ids.add(reportAt("FIRE", lat + i * 0.0001, 112.85, null, "W" + i)
                    .extract()
                    .path("id"));
        }
        reportAt("FIRE", lat, 112.85, null, "X")
                .body("possibleDuplicates", hasSize(10))
                .body("possibleDuplicates.id", contains(ids.subList(0, 10).toArray()))
                .body("possibleDuplicates[9].distanceMetres", equalTo(100));
    }

    @Test
    @TestSecurity(user = "officer", roles = "officer")
    void shouldLetTheDuplicatesReporterJoinTheOriginalOnMerge() {
        double lat = uniqueLatitude();
        String original = reportAt("HELP", lat, 112.85, null, "王女士").extract().path("id");
        String duplicate = reportAt("HELP", lat + 0.0002, 112.85, null, "李先生")
                .body("possibleDuplicates.id", contains(original))
                .extract()
                .path("id");
        given().contentType(ContentType.JSON)
                .body("{\"intoIncidentId\":\"" + original + "\"}")
                .post("/api/incidents/" + duplicate + "/merge")
                .then()
                .statusCode(200);
        given().get("/api/incidents/" + original + "/persons")
                .then()
                .statusCode(200)
                .body("findAll { it.role == 'REPORTER' }.name", contains("王女士", "李先生"));
    }

    @Test
    @TestSecurity(user = "officer", roles = "officer")
    void shouldKeepTheNarrativeAppendOnlyAndStrikeWrongEntriesOnce() {
        String id = reportAt("DISPUTE", uniqueLatitude(), 112.85, null, "X")
                .extract()
                .path("id");
        int entry = given().contentType(ContentType.JSON)
                .body("{\"text\":\"双方情绪激动，已隔离\"}")
                .post("/api/incidents/" + id + "/narrative")
                .then()
                .statusCode(201)
                .body("author", equalTo("officer"))
                .extract()
                .path("id");
        given().contentType(ContentType.JSON)
                .body("{\"reason\":\"记错了事件\"}")
                .post("/api/incidents/" + id + "/narrative/" + entry + "/strike")
                .then()
                .statusCode(200)
                .body("struckBy", equalTo("officer"))
                .body("text", equalTo("双方情绪激动，已隔离"));
        given().contentType(ContentType.JSON)
                .body("{\"reason\":\"again\"}")
                .post("/api/incidents/" + id + "/narrative/" + entry + "/strike")
                .then()
                .statusCode(409);
        given().contentType(ContentType.JSON)
                .body("{}")
                .post("/api/incidents/" + id + "/narrative/" + entry + "/strike")
                .then()
                .statusCode(400);
        given().get("/api/incidents/" + id + "/narrative")
                .then()
                .body("size()", equalTo(1))
                .body("[0].strikeReason", equalTo("记错了事件"));

        long entryId = entry;
        for (String sql : List.of(
                "UPDATE incident_narrative SET text = 'rewritten' WHERE id = ?1",
                "DELETE FROM incident_narrative WHERE id = ?1")) {
            assertThatThrownBy(() -> QuarkusTransaction.requiringNew()
                            .run(() -> em.createNativeQuery(sql)
                                    .setParameter(1, entryId)
                                    .executeUpdate()))
                    .as(sql)
                    .hasStackTraceContaining("incident_narrative");
        }
    }

    @Test
    @TestSecurity(user = "officer-b", roles = "officer")
    void shouldLetOnlyTheAuthorOrTheCommanderStrikeAnEntry() {
        String id = reportAt("DISPUTE", uniqueLatitude(), 112.85, null, "X")
                .extract()
                .path("id");
        long entry = QuarkusTransaction.requiringNew().call(() -> {
            NarrativeEntry e = new NarrativeEntry();
            e.incidentId = UUID.fromString(id);
            e.author = "someone-else";
            e.writtenAt = Instant.now();
            e.text = "written by another officer";
            e.persist();
            return e.id;
        });
        given().contentType(ContentType.JSON)
                .body("{\"reason\":\"not mine\"}")
                .post("/api/incidents/" + id + "/narrative/" + entry + "/strike")
                .then()
                .statusCode(403);
    }

    @Test
    @TestSecurity(user = "officer", roles = "officer")
    void shouldRecordAnAgencyAskedAndArrivedAndItsMinutes() {
        String id =
                reportAt("HELP", uniqueLatitude(), 112.85, null, "路人").extract().path("id");
        Instant asked = Instant.now().minus(12, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        int contact = given().contentType(ContentType.JSON)
                .body("{\"agency\":\"AMBULANCE_120\",\"askedAt\":\"" + asked
                        + "\",\"reference\":\"120-88\",\"note\":\"老人晕倒\"}")
                .post("/api/incidents/" + id + "/agency-contacts")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().contentType(ContentType.JSON)
                .body("{\"arrivedAt\":\"" + asked.minusSeconds(60) + "\"}")
                .post("/api/incidents/" + id + "/agency-contacts/" + contact + "/arrival")
                .then()
                .statusCode(400);
        given().contentType(ContentType.JSON)
                .body("{\"arrivedAt\":\"" + asked.plus(9, ChronoUnit.MINUTES) + "\"}")
                .post("/api/incidents/" + id + "/agency-contacts/" + contact + "/arrival")
                .then()
                .statusCode(200)
                .body("minutesToArrive", equalTo(9));
        given().contentType(ContentType.JSON)
                .body("{}")
                .post("/api/incidents/" + id + "/agency-contacts/" + contact + "/arrival")
                .then()
                .statusCode(409);
        given().contentType(ContentType.JSON)
                .body("{\"agency\":\"FAMILY\",\"note\":\"已联系其女儿\"}")
                .post("/api/incidents/" + id + "/agency-contacts")
                .then()
                .statusCode(201)
                .body("askedAt", notNullValue());
        given().get("/api/incidents/" + id + "/agency-contacts")
                .then()
                .body("agency", contains("AMBULANCE_120", "FAMILY"));
    }

    @Test
    @TestSecurity(user = "officer", roles = "officer")
    void shouldShowTheReporterPhoneWholeToAnOfficerAndAuditTheLook() {
        String id = reportAt("HELP", uniqueLatitude(), 112.85, null, "王女士")
                .extract()
                .path("id");
        String number = given().get("/api/incidents/" + id)
                .then()
                .statusCode(200)
                .body("reporterPhone", equalTo("13911112222"))
                .extract()
                .path("number");
        long audited = QuarkusTransaction.requiringNew()
                .call(() -> AuditEntry.count(
                        "subject = ?1 AND actor = ?2 AND action = ?3",
                        "incident/" + number,
                        "officer",
                        "read reporter phone"));
        assertThat(audited).isEqualTo(1);
        given().get("/api/incidents").then().body("items.reporterPhone", not(hasItem("13911112222")));
    }

    @Test
    @TestSecurity(user = "auxiliary", roles = "auxiliary")
    void shouldHideSuspectsAndWholeNumbersFromAnAuxiliary() {
        String body =
                "{\"channel\":\"WALK_IN\",\"category\":\"CRIMINAL\",\"summary\":\"电动车被盗\",\"community\":\"yihou\","
                        + "\"reporterPhone\":\"13911112222\",\"personsInvolved\":[{\"role\":\"VICTIM\",\"name\":\"李先生\",\"phone\":\"13800002222\"}]}";
        String id = given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/incidents")
                .then()
                .statusCode(201)
                .body("reporterPhone", equalTo("139****2222"))
                .extract()
                .path("id");
        given().get("/api/incidents/" + id).then().body("reporterPhone", equalTo("139****2222"));
        given().get("/api/incidents/" + id + "/persons").then().body("phone", hasItem("138****2222"));
        given().contentType(ContentType.JSON)
                .body("{\"role\":\"SUSPECT\",\"name\":\"某男\"}")
                .post("/api/incidents/" + id + "/persons")
                .then()
                .statusCode(403);
        given().contentType(ContentType.JSON)
                .body(body.replace("VICTIM", "SUSPECT"))
                .post("/api/incidents")
                .then()
                .statusCode(403);
        given().contentType(ContentType.JSON)
                .body("{\"role\":\"WITNESS\"}")
                .post("/api/incidents/" + id + "/persons")
                .then()
                .statusCode(400);
    }
}
