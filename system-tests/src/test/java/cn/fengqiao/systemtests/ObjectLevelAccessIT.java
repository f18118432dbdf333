package cn.fengqiao.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

import cn.fengqiao.infrastructure.testing.IdNumbers;
import cn.fengqiao.infrastructure.testing.KeycloakTokens;

/**
 * Object-level access (OWASP API1, BOLA): the community officer of Wanyuan (officer-wanyuan) asks for
 * Yihou's incidents, cases, residents, housing, venues and disputes by id — reading, changing and
 * listing them, through the gateway and directly on each service. Every answer is 403 or 404 and never
 * carries the record; no list holds one; the records are unchanged afterwards. The same officer's own
 * community's records are readable, so the refusals are about the community, not a broken route.
 */
class ObjectLevelAccessIT {

    static final String OUTSIDER = "officer-wanyuan";

    /** What officer-wanyuan tries on a Yihou record: a method, a path and a body (null: none). */
    record Attempt(SystemUnderTest.App app, String method, String path, String body) {}

    @BeforeAll
    static void startTheSystem() {
        SystemUnderTest.start();
    }

    @Test
    void shouldKeepACommunityOfficerOutOfAnotherCommunitysRecords() {
        // Each community's records carry a mark of their own in their text: Yihou's must never show.
        String mark = UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> yihou = records("yihou", mark);
        Map<String, String> wanyuan =
                records("wanyuan", UUID.randomUUID().toString().substring(0, 8));

        List<Attempt> attempts = attempts(yihou);
        Map<String, String> before = readBack(yihou);
        List<String> wrong = new ArrayList<>();
        int requests = 0;
        for (Attempt attempt : attempts) {
            for (String target :
                    List.of(SystemUnderTest.gateway(), attempt.app().url())) {
                Response answer = send(OUTSIDER, target, attempt.method(), attempt.path(), attempt.body());
                requests++;
                String text = answer.asString();
                if (answer.statusCode() != 403 && answer.statusCode() != 404) {
                    wrong.add("%s %s via %s: %d"
                            .formatted(attempt.method(), attempt.path(), target, answer.statusCode()));
                }
                // a 404 may repeat the id the caller sent; the record's own text must not be there
                if (text.contains(mark)) {
                    wrong.add("%s %s via %s shows the record".formatted(attempt.method(), attempt.path(), target));
                }
            }
        }
        for (var list : lists().entrySet()) {
            for (String query : List.of("?size=100", "?size=100&community=yihou")) {
                for (String target :
                        List.of(SystemUnderTest.gateway(), list.getValue().url())) {
                    Response answer = send(OUTSIDER, target, "GET", list.getKey() + query, null);
                    requests++;
                    String text = answer.asString();
                    // asking for the other community by name may be refused outright (resident-service does, audited)
                    boolean refusedOutright = answer.statusCode() == 403 && query.contains("community=");
                    if (answer.statusCode() != 200 && !refusedOutright) {
                        wrong.add("list %s%s via %s: %d".formatted(list.getKey(), query, target, answer.statusCode()));
                    } else if (!refusedOutright
                            && answer.jsonPath().getList("items.community").stream()
                                    .anyMatch(c -> !"wanyuan".equals(c))) {
                        wrong.add("list %s%s via %s holds another community".formatted(list.getKey(), query, target));
                    }
                    yihou.values().stream()
                            .filter(id -> text.contains(id) || text.contains(mark))
                            .forEach(id ->
                                    wrong.add("list %s%s via %s shows %s".formatted(list.getKey(), query, target, id)));
                }
            }
        }
        Map<String, String> after = readBack(yihou);
        before.forEach((path, body) -> {
            if (!body.equals(after.get(path))) {
                wrong.add(path + " changed");
            }
        });
        // the control: the same officer reads their own community's records
        for (Attempt own : reads(wanyuan)) {
            if (send(OUTSIDER, SystemUnderTest.gateway(), "GET", own.path(), null)
                            .statusCode()
                    != 200) {
                wrong.add("own record refused: " + own.path());
            }
        }
        System.out.printf(
                "object-level access: %d requests by %s for Yihou's records (gateway and direct), %d wrong%n",
                requests, OUTSIDER, wrong.size());
        assertThat(wrong)
                .as("answers that let another community's records through")
                .isEmpty();
    }

    /** One record of each kind in the community, made by station-wide roles; the map holds their ids. */
    private static Map<String, String> records(String community, String tag) {
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put(
                "incident",
                PolicyFixtures.created(
                        "officer",
                        "/api/incidents",
                        "{\"channel\":\"WALK_IN\",\"category\":\"HELP\",\"summary\":\"bola %s\",\"community\":\"%s\"}"
                                .formatted(tag, community)));
        ids.put(
                "case",
                PolicyFixtures.created(
                        "officer",
                        "/api/cases",
                        "{\"kind\":\"CRIMINAL\",\"type\":\"FRAUD\",\"title\":\"bola %s\",\"community\":\"%s\"}"
                                .formatted(tag, community)));
        ids.put(
                "person",
                PolicyFixtures.created(
                        "officer",
                        "/api/residents",
                        "{\"idNumber\":\"%s\",\"name\":\"越权%s\",\"phone\":\"%s\",\"householdType\":\"REGISTERED\",\"community\":\"%s\"}"
                                .formatted(IdNumbers.random(true), tag, IdNumbers.phone(), community)));
        String street = PolicyFixtures.created(
                "admin",
                "/api/addresses",
                "{\"code\":\"B-%s-%s\",\"level\":\"STREET\",\"name\":\"越权路%s\",\"community\":\"%s\"}"
                        .formatted(community, tag, tag, community));
        String number = PolicyFixtures.created(
                "admin",
                "/api/addresses",
                "{\"code\":\"B-%s-%s-1\",\"level\":\"NUMBER\",\"parentId\":\"%s\",\"name\":\"1号\"}"
                        .formatted(community, tag, street));
        ids.put(
                "dwelling",
                PolicyFixtures.created(
                        "officer",
                        "/api/housing",
                        "{\"addressId\":\"%s\",\"kind\":\"COURTYARD\",\"use\":\"RENTED_OUT\"}".formatted(number)));
        ids.put(
                "venue",
                PolicyFixtures.created(
                        "officer",
                        "/api/venues",
                        "{\"name\":\"越权小店%s\",\"kind\":\"SMALL_SHOP\",\"community\":\"%s\",\"camerasCoverEntrance\":true}"
                                .formatted(tag, community)));
        ids.put(
                "dispute",
                PolicyFixtures.created(
                        "mediator",
                        "/api/disputes",
                        "{\"source\":\"WALK_IN\",\"type\":\"NEIGHBOUR\",\"community\":\"%s\",\"summary\":\"bola %s\"}"
                                .formatted(community, tag)));
        return ids;
    }

    private static List<Attempt> reads(Map<String, String> ids) {
        SystemUnderTest.App incidents = SystemUnderTest.App.INCIDENT;
        SystemUnderTest.App residents = SystemUnderTest.App.RESIDENT;
        SystemUnderTest.App disputes = SystemUnderTest.App.MEDIATION;
        return List.of(
                new Attempt(incidents, "GET", "/api/incidents/" + ids.get("incident"), null),
                new Attempt(incidents, "GET", "/api/cases/" + ids.get("case"), null),
                new Attempt(residents, "GET", "/api/residents/" + ids.get("person"), null),
                new Attempt(residents, "GET", "/api/housing/" + ids.get("dwelling"), null),
                new Attempt(residents, "GET", "/api/venues/" + ids.get("venue"), null),
                new Attempt(disputes, "GET", "/api/disputes/" + ids.get("dispute"), null));
    }

    private static List<Attempt> attempts(Map<String, String> ids) {
        SystemUnderTest.App incidents = SystemUnderTest.App.INCIDENT;
        SystemUnderTest.App residents = SystemUnderTest.App.RESIDENT;
        SystemUnderTest.App disputes = SystemUnderTest.App.MEDIATION;
        String incident = "/api/incidents/" + ids.get("incident");
        String dispute = "/api/disputes/" + ids.get("dispute");
        List<Attempt> attempts = new ArrayList<>(reads(ids));
        attempts.addAll(List.of(
                new Attempt(incidents, "GET", incident + "/history", null),
                new Attempt(incidents, "GET", incident + "/narrative", null),
                new Attempt(incidents, "GET", incident + "/persons", null),
                new Attempt(incidents, "POST", incident + "/narrative", "{\"text\":\"bola\"}"),
                new Attempt(incidents, "POST", incident + "/status", "{\"status\":\"EN_ROUTE\"}"),
                new Attempt(incidents, "POST", incident + "/cancel", "{\"reason\":\"bola\"}"),
                new Attempt(incidents, "POST", incident + "/persons", "{\"role\":\"WITNESS\",\"name\":\"bola\"}"),
                new Attempt(
                        incidents, "POST", "/api/cases/" + ids.get("case") + "/suspects", "{\"description\":\"bola\"}"),
                new Attempt(residents, "GET", "/api/housing/" + ids.get("dwelling") + "/rentals", null),
                new Attempt(
                        residents,
                        "POST",
                        "/api/housing/" + ids.get("dwelling") + "/rentals",
                        "{\"tenantIds\":[\"" + ids.get("person") + "\"],\"startOn\":\"2024-03-01\"}"),
                new Attempt(residents, "GET", "/api/venues/" + ids.get("venue") + "/inspections", null),
                new Attempt(
                        residents,
                        "POST",
                        "/api/venues/" + ids.get("venue") + "/inspections",
                        "{\"findings\":[\"FIRE\"]}"),
                new Attempt(disputes, "GET", dispute + "/history", null),
                new Attempt(disputes, "POST", dispute + "/accept", "{}"),
                new Attempt(disputes, "POST", dispute + "/parties", "{\"side\":\"OTHER\",\"name\":\"bola\"}"),
                new Attempt(disputes, "PUT", dispute + "/assessment", "{\"riskGrade\":\"HIGH\"}")));
        return attempts;
    }

    /** The lists a community officer may call, and the service that answers each. */
    private static Map<String, SystemUnderTest.App> lists() {
        Map<String, SystemUnderTest.App> lists = new LinkedHashMap<>();
        lists.put("/api/incidents", SystemUnderTest.App.INCIDENT);
        lists.put("/api/cases", SystemUnderTest.App.INCIDENT);
        lists.put("/api/residents", SystemUnderTest.App.RESIDENT);
        lists.put("/api/housing", SystemUnderTest.App.RESIDENT);
        lists.put("/api/venues", SystemUnderTest.App.RESIDENT);
        lists.put("/api/disputes", SystemUnderTest.App.MEDIATION);
        return lists;
    }

    /** The records as the station-wide officer reads them, to see that nothing changed. */
    private static Map<String, String> readBack(Map<String, String> ids) {
        List<String> paths =
                new ArrayList<>(reads(ids).stream().map(Attempt::path).toList());
        paths.add("/api/incidents/" + ids.get("incident") + "/narrative");
        paths.add("/api/venues/" + ids.get("venue") + "/inspections");
        Map<String, String> bodies = new LinkedHashMap<>();
        for (String path : paths) {
            bodies.put(
                    path,
                    send("officer", SystemUnderTest.gateway(), "GET", path, null)
                            .asString());
        }
        return bodies;
    }

    private static Response send(String user, String target, String method, String path, String body) {
        var request = given().baseUri(target)
                .auth()
                .oauth2(KeycloakTokens.of(user))
                .header("X-Purpose", "object-level-access");
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        return request.request(method, path);
    }
}
