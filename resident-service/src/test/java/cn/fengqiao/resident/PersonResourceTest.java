package cn.fengqiao.resident;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import cn.fengqiao.infrastructure.audit.AuditEntry;
import cn.fengqiao.infrastructure.testing.KeycloakTokens;

/**
 * The person register with real tokens: ID validation, one person per ID number, encryption at rest,
 * masking per role, community scoping and the audit of every look at whole numbers.
 */
@QuarkusTest
class PersonResourceTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager em;

    static RequestSpecification as(String user) {
        return given().auth().oauth2(KeycloakTokens.of(user)).contentType(ContentType.JSON);
    }

    /** A reader who says why, as every read of the register must. */
    static RequestSpecification reader(String user) {
        return as(user).header("X-Purpose", "test");
    }

    static String register(String user, String idNumber, String phone, String community) {
        return as(user).body("""
                        {"idNumber":"%s","name":"测试居民","phone":"%s","householdType":"REGISTERED","community":"%s",
                         "occupation":"店员"}""".formatted(idNumber, phone, community))
                .post("/api/residents")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void shouldRegisterOncePerIdNumberAndAnswer409WithTheExistingId() {
        String idNumber = PersonFixtures.idNumber(true);
        String id = register("officer", idNumber, PersonFixtures.phone(), "wanyuan");

        as("officer")
                .body("{\"idNumber\":\"" + idNumber.toLowerCase()
                        + "\",\"name\":\"又一次\",\"householdType\":\"FLOATING\"," + "\"community\":\"wanyuan\"}")
                .post("/api/residents")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .header("Location", endsWith("/api/residents/" + id))
                .body("detail", containsString(id));
    }

    @Test
    void shouldDeriveGenderAndBirthDateAndRefuseAGivenOneThatDisagrees() {
        String idNumber = PersonFixtures.idNumber(false);
        as("officer")
                .body(
                        "{\"idNumber\":\"%s\",\"name\":\"x\",\"gender\":\"MALE\",\"householdType\":\"REGISTERED\",\"community\":\"wanyuan\"}"
                                .formatted(idNumber))
                .post("/api/residents")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("gender"));
        String id = register("officer", idNumber, PersonFixtures.phone(), "wanyuan");
        reader("officer")
                .get("/api/residents/" + id)
                .then()
                .body("gender", equalTo("FEMALE"))
                .body(
                        "birthDate",
                        equalTo(idNumber.substring(6, 10) + "-" + idNumber.substring(10, 12) + "-"
                                + idNumber.substring(12, 14)));
    }

    @Test
    void shouldRefuseBadNumbersWithAClearProblemAndStoreNothing() {
        long before = count();
        as("officer")
                .body(
                        "{\"idNumber\":\"140502900307123\",\"name\":\"x\",\"householdType\":\"REGISTERED\",\"community\":\"wanyuan\"}")
                .post("/api/residents")
                .then()
                .statusCode(400)
                .body("detail", containsString("15 位（第一代）号码")); // the station's language by default
        String bad = PersonFixtures.idNumber(true);
        bad = bad.substring(0, 17) + (bad.charAt(17) == '1' ? '2' : '1');
        as("officer")
                .header("Accept-Language", "en")
                .body("{\"idNumber\":\"%s\",\"name\":\"x\",\"householdType\":\"REGISTERED\",\"community\":\"wanyuan\"}"
                        .formatted(bad))
                .post("/api/residents")
                .then()
                .statusCode(400)
                .body("detail", containsString("check character"));
        as("officer")
                .body(
                        "{\"idNumber\":\"%s\",\"name\":\"x\",\"phone\":\"12345\",\"householdType\":\"REGISTERED\",\"community\":\"wanyuan\"}"
                                .formatted(PersonFixtures.idNumber(true)))
                .post("/api/residents")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("phone"));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void shouldKeepIdAndPhoneEncryptedAtRest() {
        String idNumber = PersonFixtures.idNumber(true);
        String phone = PersonFixtures.phone();
        String id = register("officer", idNumber, phone, "wanyuan");

        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[])
                em.createNativeQuery("SELECT id_number_cipher, phone_cipher, id_number_lookup, row_to_json(p)::text"
                                + " FROM person p WHERE id = CAST(?1 AS uuid)")
                        .setParameter(1, id)
                        .getSingleResult());
        assertThat(new String((byte[]) row[0], StandardCharsets.ISO_8859_1)).doesNotContain(idNumber);
        assertThat(new String((byte[]) row[1], StandardCharsets.ISO_8859_1)).doesNotContain(phone);
        assertThat((String) row[2]).doesNotContain(idNumber).hasSize(64);
        assertThat((String) row[3]).doesNotContain(idNumber, phone, idNumber.substring(6, 14) + idNumber.substring(14));
    }

    @Test
    void shouldShowNumbersWholeOnlyToOfficersAndTheCommanderAndAuditEachLook() {
        String idNumber = PersonFixtures.idNumber(true);
        String phone = PersonFixtures.phone();
        String id = register("officer", idNumber, phone, "wanyuan");
        long audits = audits(id);

        as("officer")
                .header("X-Purpose", URLEncoder.encode("核查身份", StandardCharsets.UTF_8))
                .get("/api/residents/" + id)
                .then()
                .statusCode(200)
                .body("idNumber", equalTo(idNumber))
                .body("phone", equalTo(phone))
                .body("numbersWhole", equalTo(true));
        reader("commander").get("/api/residents/" + id).then().body("idNumber", equalTo(idNumber));
        reader("auxiliary")
                .get("/api/residents/" + id)
                .then()
                .statusCode(200)
                .body("idNumber", equalTo(idNumber.substring(0, 6) + "********" + idNumber.substring(14)))
                .body("phone", equalTo(phone.substring(0, 3) + "****" + phone.substring(7)))
                .body("numbersWhole", equalTo(false));
        reader("officer")
                .get("/api/residents?community=wanyuan&name=测试&size=100")
                .then()
                .statusCode(200)
                .body("items.numbersWhole", everyItem(equalTo(false)))
                .body("items.idNumber", everyItem(containsString("********")));

        assertThat(audits(id)).isEqualTo(audits + 2);
        assertThat(purposes(id)).contains("核查身份");
    }

    @Test
    void shouldFindAPersonByIdNumberWithoutStoringItInClear() {
        String idNumber = PersonFixtures.idNumber(false);
        String id = register("officer", idNumber, PersonFixtures.phone(), "yihou");

        reader("officer")
                .get("/api/residents?idNumber=" + idNumber)
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(id));
    }

    @Test
    void shouldStoreNamesInNfcSoEitherFormFindsThePersonAndKeepEmojiInFreeText() {
        String tag = Long.toString(System.nanoTime(), 36);
        String decomposed = "吕Zoe\u0308" + tag; // e and a combining diaeresis, as some keyboards type it
        String id = as("officer")
                .body("""
                        {"idNumber":"%s","name":"%s","householdType":"FLOATING","community":"wanyuan",
                         "occupation":"店员 🙂"}""".formatted(PersonFixtures.idNumber(true), decomposed))
                .post("/api/residents")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String precomposed = "吕Zo\u00eb" + tag;
        reader("officer")
                .get("/api/residents/" + id)
                .then()
                .body("name", equalTo(precomposed))
                .body("occupation", equalTo("店员 🙂"));
        for (String typed : List.of(precomposed, decomposed)) {
            reader("officer")
                    .queryParam("name", typed)
                    .get("/api/residents")
                    .then()
                    .statusCode(200)
                    .body("items.id", contains(id));
        }
    }

    @Test
    void shouldRefuseControlCharactersAndBidiOverridesInANameNamingTheFieldAndStoreNothing() {
        long before = count();
        for (String name : List.of("张\u0000三", "张\u0007三", "张三\nx", "\u202e三张", "张\u2066三")) {
            as("officer")
                    .body(JSON.createObjectNode()
                            .put("idNumber", PersonFixtures.idNumber(true))
                            .put("name", name)
                            .put("householdType", "FLOATING")
                            .put("community", "wanyuan")
                            .toString())
                    .post("/api/residents")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("name"));
        }
        reader("officer")
                .queryParam("name", "张\u0000")
                .get("/api/residents")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("name"));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void shouldKeepACommunityOfficerToTheirCommunityAndAuditTheRefusal() {
        String yihou = register("officer", PersonFixtures.idNumber(true), PersonFixtures.phone(), "yihou");

        reader("officer-wanyuan").get("/api/residents/" + yihou).then().statusCode(403);
        as("officer-wanyuan")
                .body("{\"idNumber\":\"%s\",\"name\":\"x\",\"householdType\":\"REGISTERED\",\"community\":\"yihou\"}"
                        .formatted(PersonFixtures.idNumber(true)))
                .post("/api/residents")
                .then()
                .statusCode(403);
        reader("officer-wanyuan").get("/api/residents?community=yihou").then().statusCode(403);
        reader("officer-wanyuan")
                .get("/api/residents?size=100")
                .then()
                .statusCode(200)
                .body("items.community", everyItem(equalTo("wanyuan")));
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> AuditEntry.count(
                                "subject = ?1 AND outcome LIKE 'denied%' AND actor = 'officer-wanyuan'",
                                "person/" + yihou)))
                .isEqualTo(1);
    }

    @Test
    void shouldAskEveryReaderForAPurposeAndAuditTheLookWithoutOne() {
        String id = register("officer", PersonFixtures.idNumber(false), PersonFixtures.phone(), "fengyang");

        for (String user : List.of("officer", "auxiliary")) {
            as(user).get("/api/residents/" + id)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("X-Purpose"));
        }
        as("commander")
                .get("/api/residents?community=fengyang")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("X-Purpose"));
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> AuditEntry.count(
                                "subject = ?1 AND outcome = 'denied: no purpose given'", "person/" + id)))
                .isEqualTo(2);
    }

    @Test
    void shouldAuditARoleTheRegisterRefusesAsADeniedAttempt() {
        String id = register("officer", PersonFixtures.idNumber(true), PersonFixtures.phone(), "wanyuan");

        for (String user : List.of("mediator", "volunteer", "auditor")) {
            reader(user).get("/api/residents/" + id).then().statusCode(403).contentType("application/problem+json");
        }
        List<String> refused = QuarkusTransaction.requiringNew()
                .call(() -> AuditEntry.<AuditEntry>list(
                                "subject = ?1 AND outcome = 'denied: role not allowed' ORDER BY seq", "person/" + id)
                        .stream()
                        .map(e -> e.actor + " " + e.action)
                        .toList());
        assertThat(refused)
                .containsExactly(
                        "mediator GET /api/residents/" + id,
                        "volunteer GET /api/residents/" + id,
                        "auditor GET /api/residents/" + id);
    }

    private long count() {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("SELECT count(*) FROM person")
                                .getSingleResult())
                        .longValue());
    }

    private static long audits(String personId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> AuditEntry.count("subject = ?1 AND outcome = 'granted'", "person/" + personId));
    }

    private static List<String> purposes(String personId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> AuditEntry.<AuditEntry>list("subject", "person/" + personId).stream()
                        .map(e -> e.purpose)
                        .toList());
    }
}
