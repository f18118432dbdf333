package cn.fengqiao.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import cn.fengqiao.infrastructure.testing.IdNumbers;
import cn.fengqiao.infrastructure.testing.KeycloakTokens;
import cn.fengqiao.systemtests.SystemUnderTest.App;

/**
 * No personal numbers in the logs: a load of requests that carry ID and phone numbers in every place
 * a caller can put them (registrations, searches by ID number in the query, incidents with the
 * caller's phone, refused and malformed input, a duplicate registration) goes through the gateway;
 * then what the five apps logged meanwhile holds none of those numbers, and nothing that looks like
 * an ID or a mobile number at all.
 */
class PersonalDataInLogsIT {

    /** 18-character resident ID numbers, and mainland mobile numbers, not inside a longer token. */
    static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z])[1-9][0-9]{16}[0-9Xx](?![0-9A-Za-z])");

    static final Pattern PHONE = Pattern.compile("(?<![0-9A-Za-z])1[3-9][0-9]{9}(?![0-9A-Za-z])");
    /** Request, event and trace ids: hex digits that may happen to spell an 11-digit run. */
    static final Pattern HEX_IDS = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[0-9a-fA-F]{16,}");

    static final int ROUNDS = 40;

    @BeforeAll
    static void startTheSystem() {
        SystemUnderTest.start();
    }

    @Test
    void shouldLogNoIdOrPhoneNumberUnderALoadFullOfThem() throws IOException {
        Map<App, Long> before = new EnumMap<>(App.class);
        for (App app : App.values()) {
            before.put(app, Files.size(SystemUnderTest.log(app)));
        }
        List<String> numbers = new ArrayList<>();
        int requests = 0;
        for (int i = 0; i < ROUNDS; i++) {
            String idNumber = IdNumbers.random(i % 2 == 0);
            String phone = IdNumbers.phone();
            numbers.add(idNumber);
            numbers.add(phone);
            String person = officer()
                    .contentType(ContentType.JSON)
                    .body(
                            "{\"idNumber\":\"%s\",\"name\":\"日志%d\",\"phone\":\"%s\",\"householdType\":\"REGISTERED\",\"community\":\"wanyuan\"}"
                                    .formatted(idNumber, i, phone))
                    .post("/api/residents")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            // the same number again: 409 with where the person is
            officer()
                    .contentType(ContentType.JSON)
                    .body(
                            "{\"idNumber\":\"%s\",\"name\":\"重复\",\"householdType\":\"REGISTERED\",\"community\":\"wanyuan\"}"
                                    .formatted(idNumber))
                    .post("/api/residents")
                    .then()
                    .statusCode(409);
            officer()
                    .queryParam("idNumber", idNumber)
                    .get("/api/residents")
                    .then()
                    .statusCode(200);
            officer().get("/api/residents/" + person).then().statusCode(200);
            // a wrong check character and a phone one digit short: 400, and still not logged
            String badId = idNumber.substring(0, 17) + (idNumber.endsWith("1") ? "2" : "1");
            numbers.add(badId);
            officer()
                    .contentType(ContentType.JSON)
                    .body(
                            "{\"idNumber\":\"%s\",\"name\":\"坏号\",\"phone\":\"%s\",\"householdType\":\"REGISTERED\",\"community\":\"wanyuan\"}"
                                    .formatted(badId, phone.substring(1)))
                    .post("/api/residents")
                    .then()
                    .statusCode(400);
            officer()
                    .contentType(ContentType.JSON)
                    .body(
                            "{\"channel\":\"CALL_110\",\"category\":\"HELP\",\"summary\":\"求助人电话 %s\",\"community\":\"wanyuan\","
                                            .formatted(phone)
                                    + "\"reporterName\":\"王女士\",\"reporterPhone\":\"%s\"}".formatted(phone))
                    .post("/api/incidents")
                    .then()
                    .statusCode(201);
            // an auxiliary may not search by ID number in another community: refused, audited, not logged
            given().baseUri(SystemUnderTest.gateway())
                    .auth()
                    .oauth2(KeycloakTokens.of("auxiliary"))
                    .header("X-Purpose", "log-check")
                    .queryParam("idNumber", idNumber)
                    .queryParam("community", "yihou")
                    .get("/api/residents");
            requests += 7;
        }
        SystemUnderTest.sleep(3_000); // the consumers log their part of the incidents too

        List<String> found = new ArrayList<>();
        long lines = 0;
        for (App app : App.values()) {
            String written = SystemUnderTest.logSince(app, before.get(app));
            lines += written.lines().count();
            for (String number : numbers) {
                if (written.contains(number)) {
                    found.add(app.module + " logged " + number);
                }
            }
            String withoutIds = HEX_IDS.matcher(written).replaceAll("");
            for (Pattern pattern : List.of(ID_NUMBER, PHONE)) {
                for (Matcher m = pattern.matcher(withoutIds); m.find(); ) {
                    found.add(app.module + " logged something like a personal number: " + m.group());
                }
            }
        }
        System.out.printf(
                "personal data in logs: %d requests carrying %d ID and phone numbers; %d log lines written; found %d%n",
                requests, numbers.size(), lines, found.size());
        assertThat(lines).as("the load was logged at all (access log, events)").isPositive();
        assertThat(found).as("personal numbers in the logs").isEmpty();
    }

    static RequestSpecification officer() {
        return given().baseUri(SystemUnderTest.gateway())
                .auth()
                .oauth2(KeycloakTokens.of("officer"))
                .header("X-Purpose", "log-check");
    }
}
