package cn.fengqiao.resident;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import cn.fengqiao.infrastructure.testing.AccessMatrix;
import cn.fengqiao.infrastructure.testing.KeycloakTokens;

/**
 * The access rules of resident-service, read from the station's policy table (deploy/policy/access-policy.csv)
 * and checked for every role with a real token of the third-party client, and of the station's own client
 * where a row names it (the tiers). Calls go straight to the service.
 */
@QuarkusTest
class AccessMatrixTest {

    static final Map<String, String> IDS = new ConcurrentHashMap<>();

    static Stream<Arguments> cells() {
        return AccessMatrix.cells("resident-service");
    }

    // Lazily, at the first row: RestAssured knows the test port only once a test runs.
    static synchronized void createWhatTheRowsNeed() {
        if (!IDS.isEmpty()) {
            return;
        }
        String tag = UUID.randomUUID().toString().substring(0, 8);
        IDS.put("tag", tag);
        IDS.put("none", "00000000-0000-0000-0000-00000000abcd");
        IDS.put("idnumber", PersonFixtures.idNumber(false));
        String person = PersonResourceTest.register(
                "officer", PersonFixtures.idNumber(true), PersonFixtures.phone(), "wanyuan");
        IDS.put("person", person);
        String street = AddressResourceTest.add("M-" + tag, "STREET", null, "矩阵路" + tag, "wanyuan");
        IDS.put("address", street);
        IDS.put("free-address", AddressResourceTest.add("M-" + tag + "-2", "NUMBER", street, "2号", null));
        String dwellingAddress = AddressResourceTest.add("M-" + tag + "-1", "NUMBER", street, "1号", null);
        String dwelling = create(
                "/api/housing",
                "{\"addressId\":\"" + dwellingAddress + "\",\"kind\":\"COURTYARD\",\"use\":\"RENTED_OUT\"}");
        IDS.put("dwelling", dwelling);
        IDS.put(
                "rental",
                create(
                        "/api/housing/" + dwelling + "/rentals",
                        "{\"tenantIds\":[\"" + person + "\"],\"startOn\":\"2024-03-01\"}"));
        String venue = create(
                "/api/venues",
                "{\"name\":\"矩阵网吧\",\"kind\":\"SMALL_INTERNET_CAFE\",\"community\":\"wanyuan\",\"camerasCoverEntrance\":false}");
        IDS.put("venue", venue);
        var newborn = given().auth()
                .oauth2(KeycloakTokens.of("city-system"))
                .contentType(ContentType.JSON)
                .body(
                        ("{\"childName\":\"矩阵\",\"childGender\":\"MALE\",\"birthDate\":\"2024-07-01\",\"birthPlace\":\"医院\","
                                        + "\"birthCertificateNo\":\"Q140500002\",\"fatherIdNumber\":\"%s\",\"hukouAddressId\":\"%s\"}")
                                .formatted(PersonFixtures.idNumber(true), street))
                .post("/api/newborn-applications")
                .then()
                .statusCode(201)
                .extract();
        IDS.put("newborn", newborn.path("id"));
        IDS.put("newborn-number", newborn.path("number"));
        IDS.put("inspection", create("/api/venues/" + venue + "/inspections", "{\"findings\":[\"SECURITY\"]}"));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cells")
    void shouldAllowExactlyTheRolesTheTableNames(String operation, String role, AccessMatrix.Rule rule) {
        createWhatTheRowsNeed();
        AccessMatrix.check(rule, role, IDS);
    }

    private static String create(String path, String body) {
        return given().auth()
                .oauth2(KeycloakTokens.of("officer"))
                .contentType(ContentType.JSON)
                .body(body)
                .post(path)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
