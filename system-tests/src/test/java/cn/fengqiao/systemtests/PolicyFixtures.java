package cn.fengqiao.systemtests;

import static org.hamcrest.Matchers.lessThan;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.restassured.path.json.JsonPath;

import cn.fengqiao.infrastructure.testing.IdNumbers;

/**
 * The records the policy table's placeholders name ({incident}, {person}, {dispute}, ...), made once per
 * test run through the gateway by the roles that may make them. Patrol's area, patroller and squad are
 * the first the service lists (its reference data); a missing one stays an id nobody has.
 */
final class PolicyFixtures {

    private static final Map<String, String> IDS = new ConcurrentHashMap<>();

    private PolicyFixtures() {}

    static synchronized Map<String, String> ids() {
        if (IDS.isEmpty()) {
            IDS.putAll(fresh());
        }
        return IDS;
    }

    /** A set of records of its own, for a test that changes them (the shared set stays as the policy needs it). */
    static Map<String, String> fresh() {
        Map<String, String> ids = new ConcurrentHashMap<>();
        incidents(ids);
        residents(ids);
        disputes(ids);
        patrol(ids);
        return ids;
    }

    private static void incidents(Map<String, String> ids) {
        String incident =
                "{\"channel\":\"WALK_IN\",\"category\":\"CRIMINAL\",\"summary\":\"policy\",\"community\":\"wanyuan\"}";
        ids.put("incident", created("officer", "/api/incidents", incident));
        ids.put("other", created("officer", "/api/incidents", incident));
        ids.put(
                "case",
                created(
                        "officer",
                        "/api/cases",
                        "{\"kind\":\"CRIMINAL\",\"type\":\"FRAUD\",\"title\":\"policy\",\"community\":\"wanyuan\"}"));
        String unit = "policy-" + Long.toString(System.nanoTime(), 36);
        Gateway.as("admin")
                .body("{\"code\":\"" + unit + "\",\"name\":\"policy\",\"kind\":\"OFFICER\",\"community\":\"wanyuan\"}")
                .post("/api/units")
                .then()
                .statusCode(201);
        ids.put("unit", unit);
    }

    private static void residents(Map<String, String> ids) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        ids.put("tag", tag);
        ids.put("idnumber", IdNumbers.random(false));
        String person = created(
                "officer",
                "/api/residents",
                "{\"idNumber\":\"%s\",\"name\":\"策略居民\",\"phone\":\"%s\",\"householdType\":\"REGISTERED\",\"community\":\"wanyuan\"}"
                        .formatted(IdNumbers.random(true), IdNumbers.phone()));
        ids.put("person", person);
        String street = created(
                "admin",
                "/api/addresses",
                "{\"code\":\"P-%s\",\"level\":\"STREET\",\"name\":\"策略路%s\",\"community\":\"wanyuan\"}"
                        .formatted(tag, tag));
        ids.put("address", street);
        ids.put("free-address", address("P-" + tag + "-2", street, "2号"));
        String dwelling = created(
                "officer",
                "/api/housing",
                "{\"addressId\":\"%s\",\"kind\":\"COURTYARD\",\"use\":\"RENTED_OUT\"}"
                        .formatted(address("P-" + tag + "-1", street, "1号")));
        ids.put("dwelling", dwelling);
        ids.put(
                "rental",
                created(
                        "officer",
                        "/api/housing/" + dwelling + "/rentals",
                        "{\"tenantIds\":[\"" + person + "\"],\"startOn\":\"2024-03-01\"}"));
        String venue = created(
                "officer",
                "/api/venues",
                "{\"name\":\"策略网吧\",\"kind\":\"SMALL_INTERNET_CAFE\",\"community\":\"wanyuan\",\"camerasCoverEntrance\":false}");
        ids.put("venue", venue);
        ids.put(
                "inspection",
                created("officer", "/api/venues/" + venue + "/inspections", "{\"findings\":[\"SECURITY\"]}"));
        JsonPath newborn = Gateway.as("city-system")
                .body(
                        ("{\"childName\":\"策略\",\"childGender\":\"MALE\",\"birthDate\":\"2024-07-01\",\"birthPlace\":\"医院\","
                                        + "\"birthCertificateNo\":\"Q14%07d\",\"fatherIdNumber\":\"%s\",\"hukouAddressId\":\"%s\"}")
                                .formatted(System.nanoTime() % 10_000_000, IdNumbers.random(true), street))
                .post("/api/newborn-applications")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        ids.put("newborn", newborn.getString("id"));
        ids.put("newborn-number", newborn.getString("number"));
    }

    private static void disputes(Map<String, String> ids) {
        // the demo user "lawyer" is on the rota (registered once; 409 when an earlier run did it)
        Gateway.as("admin")
                .body("{\"username\":\"lawyer\",\"name\":\"值班律师\",\"rotaOrder\":1}")
                .post("/api/mediation/lawyers");
        ids.put(
                "lawyer",
                Gateway.as("admin")
                        .get("/api/mediation/lawyers")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getString("find { it.username == 'lawyer' }.id"));
        ids.put("dispute", dispute());
        String other = dispute();
        step(other, "accept", "{}");
        step(other, "assign", "{\"kind\":\"PEOPLES_MEDIATOR\"}");
        step(other, "sessions", "{\"startsAt\":\"2031-01-05T01:00:00Z\",\"endsAt\":\"2031-01-05T02:00:00Z\"}");
        ids.put("other-dispute", other);
        String signed = dispute();
        step(signed, "accept", "{}");
        step(signed, "assign", "{\"kind\":\"PEOPLES_MEDIATOR\"}");
        step(signed, "sessions", "{\"startsAt\":\"2031-01-06T01:00:00Z\",\"endsAt\":\"2031-01-06T02:00:00Z\"}");
        step(signed, "agreement", "{\"terms\":\"policy\"}");
        ids.put("signed", signed);
        JsonPath detail = Gateway.as("mediator")
                .get("/api/disputes/" + signed)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        ids.put("party", detail.getString("parties[0].id"));
        ids.put("followup", detail.getString("followUps[0].id"));
    }

    private static void patrol(Map<String, String> ids) {
        ids.put("none", "00000000-0000-0000-0000-00000000abcd");
        ids.put("cell", "-999:-999");
        ids.put("area", first("/api/patrol/areas", "code"));
        ids.put("patroller", first("/api/patrol/patrollers", "code"));
        ids.put("squad", first("/api/patrol/squads", "code"));
    }

    private static String first(String path, String field) {
        JsonPath list = Gateway.as("commander")
                .get(path + "?size=1")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String found = list.getString("items[0]." + field);
        if (found == null && list.get("items") == null) {
            found = list.getString("[0]." + field);
        }
        return found != null ? found : "NO-SUCH-" + field.toUpperCase();
    }

    private static String dispute() {
        return created(
                "mediator",
                "/api/disputes",
                "{\"source\":\"WALK_IN\",\"type\":\"NEIGHBOUR\",\"community\":\"wanyuan\",\"summary\":\"policy\","
                        + "\"parties\":[{\"side\":\"APPLICANT\",\"name\":\"甲\"},{\"side\":\"RESPONDENT\",\"name\":\"乙\"}]}");
    }

    private static void step(String dispute, String action, String body) {
        Gateway.as("mediator")
                .body(body)
                .post("/api/disputes/" + dispute + "/" + action)
                .then()
                .statusCode(lessThan(300));
    }

    private static String address(String code, String parent, String name) {
        return created(
                "admin",
                "/api/addresses",
                "{\"code\":\"%s\",\"level\":\"NUMBER\",\"parentId\":\"%s\",\"name\":\"%s\"}"
                        .formatted(code, parent, name));
    }

    /** Creates a record through the gateway as the user and answers its id. */
    static String created(String user, String path, String body) {
        return Gateway.as(user)
                .body(body)
                .post(path)
                .then()
                .statusCode(201)
                .extract()
                .path("id")
                .toString();
    }
}
