package cn.fengqiao.resident;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import cn.fengqiao.infrastructure.testing.KeycloakTokens;
import cn.fengqiao.infrastructure.testing.TopicProbe;

/** The newborn one-stop application as a saga, with real tokens: the happy path, a failure, a withdrawal. */
@QuarkusTest
class NewbornApplicationTest {

    static RequestSpecification as(String user) {
        return given().auth().oauth2(KeycloakTokens.of(user)).contentType(ContentType.JSON);
    }

    static String hukouAddress() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        return AddressResourceTest.add("NB-" + tag, "NUMBER", null, "新生路" + tag + "号", "fengyang");
    }

    static String[] submit() {
        var answer = as("city-system")
                .body("""
                        {"childName":"王小宝","childGender":"MALE","birthDate":"%s","birthPlace":"晋城市人民医院",
                         "birthCertificateNo":"Q140512345","motherIdNumber":"%s","fatherIdNumber":"%s","hukouAddressId":"%s"}""".formatted(
                                LocalDate.now().minusDays(3),
                                PersonFixtures.idNumber(false),
                                PersonFixtures.idNumber(true),
                                hukouAddress()))
                .post("/api/newborn-applications")
                .then()
                .statusCode(201)
                .extract();
        return new String[] {answer.path("id"), answer.path("number")};
    }

    static void report(String id, String step, boolean done, int status) {
        as("city-system")
                .body("{\"step\":\"%s\",\"done\":%s,\"reference\":\"REF-%s\",\"note\":\"%s\"}"
                        .formatted(step, done, step, done ? "ok" : "系统核验不通过"))
                .post("/api/newborn-applications/" + id + "/steps")
                .then()
                .statusCode(status);
    }

    @Test
    void shouldCompleteTheFiveStepsAndRegisterTheChild() {
        try (TopicProbe events = TopicProbe.fromNow("resident-events")) {
            String[] application = submit();
            String id = application[0];
            String number = application[1];
            assertThat(number).matches("CS-[2-9A-Z]{10}");

            given().get("/api/newborn-status/" + number)
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("IN_PROGRESS"))
                    .body("steps.status", contains("REQUESTED", "WAITING", "WAITING", "WAITING", "WAITING"))
                    .body(not(containsString("王小宝")))
                    .body(not(containsString("Q140512345")));
            assertThat(events.await(
                            r -> id.equals(r.key()) && r.value().contains("BIRTH_CERTIFICATE"), Duration.ofSeconds(20)))
                    .isPresent();

            report(id, "BIRTH_CERTIFICATE", true, 200);
            String child = as("officer")
                    .get("/api/newborn-applications/" + id)
                    .then()
                    .body("steps.status", contains("DONE", "DONE", "REQUESTED", "REQUESTED", "REQUESTED"))
                    .body("personId", notNullValue())
                    .extract()
                    .path("personId");
            PersonResourceTest.reader("officer")
                    .get("/api/residents/" + child)
                    .then()
                    .statusCode(200)
                    .body("name", equalTo("王小宝"))
                    .body("gender", equalTo("MALE"))
                    .body("householdType", equalTo("REGISTERED"))
                    .body("idNumber", startsWith("140502"));

            report(id, "VACCINATION", true, 200);
            report(id, "VACCINATION", true, 200); // the same callback again changes nothing
            report(id, "MEDICAL_INSURANCE", true, 200);
            report(id, "SOCIAL_SECURITY_CARD", true, 200);

            given().get("/api/newborn-status/" + number)
                    .then()
                    .body("status", equalTo("COMPLETED"))
                    .body("finishedAt", notNullValue());
        }
    }

    @Test
    void shouldWithdrawTheHukouEntryWhenALaterStepFails() {
        String id = submit()[0];
        report(id, "BIRTH_CERTIFICATE", true, 200);
        String child = as("officer")
                .get("/api/newborn-applications/" + id)
                .then()
                .extract()
                .path("personId");

        report(id, "MEDICAL_INSURANCE", false, 200);

        as("officer")
                .get("/api/newborn-applications/" + id)
                .then()
                .body("status", equalTo("FAILED"))
                .body("personId", nullValue())
                .body("steps.status", contains("DONE", "COMPENSATED", "CANCELLED", "FAILED", "CANCELLED"));
        PersonResourceTest.reader("officer")
                .get("/api/residents/" + child)
                .then()
                .statusCode(404);
        report(id, "VACCINATION", true, 409);
    }

    @Test
    void shouldWithdrawAnApplicationAndRefuseBadInput() {
        String id = submit()[0];
        as("auxiliary")
                .body("{\"reason\":\"父母改在外地办理\"}")
                .post("/api/newborn-applications/" + id + "/withdraw")
                .then()
                .statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        as("auxiliary")
                .post("/api/newborn-applications/" + id + "/withdraw")
                .then()
                .statusCode(409);

        as("city-system")
                .body("{\"step\":\"HUKOU\",\"done\":true}")
                .post("/api/newborn-applications/" + id + "/steps")
                .then()
                .statusCode(400);
        as("city-system")
                .body("""
                        {"childName":"x","childGender":"FEMALE","birthDate":"2024-07-01","birthPlace":"医院",
                         "birthCertificateNo":"Q140512345","hukouAddressId":"%s"}""".formatted(hukouAddress()))
                .post("/api/newborn-applications")
                .then()
                .statusCode(400)
                .body("detail", containsString("父母一方的身份证号码")); // in the station's language
        as("officer")
                .body("{\"step\":\"VACCINATION\",\"done\":true}")
                .post("/api/newborn-applications/" + id + "/steps")
                .then()
                .statusCode(403);
        given().get("/api/newborn-status/CS-NOSUCHONE0").then().statusCode(404);
    }
}
