package cn.fengqiao.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import cn.fengqiao.infrastructure.testing.AccessMatrix;
import cn.fengqiao.infrastructure.testing.AccessMatrix.Rule;
import cn.fengqiao.infrastructure.testing.IdNumbers;
import cn.fengqiao.infrastructure.testing.KeycloakTokens;

/**
 * Identical writes racing each other, as a city system that retries or two officers pressing the same
 * button make them: every write operation of the access policy gets {@value #RACERS} identical
 * requests at the same instant through the gateway, on records of the test's own, with the record's
 * ETag as If-Match where it has one. Every answer is a success or a 4xx problem, never a 5xx: the
 * losers get 409, 412 or 422, and any other refusal (the policy's deliberately invalid bodies) is the
 * same for all. The service's database shows exactly the winners' effect: nothing when none won, as
 * many distinct records with the same rows each as were made, and a step on one record (any success
 * but 201) in effect once, however many repeats were answered as harmless.
 */
class RaceIT {

    static final int RACERS = 12;
    /** How a request that lost the race is answered; every other refusal must be the same for all racers. */
    static final Set<Integer> RACE_LOST = Set.of(409, 412, 422);

    static ExecutorService pool;

    @BeforeAll
    static void startTheSystem() {
        SystemUnderTest.start();
        pool = Executors.newFixedThreadPool(RACERS);
    }

    @AfterAll
    static void stopThePool() {
        pool.shutdownNow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"incident-service", "resident-service", "mediation-service", "patrol-service"})
    void shouldLetEveryRaceEndInItsWinnersAndProblemsNeverA5xx(String service) throws Exception {
        SystemUnderTest.App app = SystemUnderTest.App.of(service);
        Map<String, String> ids = PolicyFixtures.fresh();
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        int operations = 0;
        for (Rule rule : AccessMatrix.rules(service)) {
            if (!rule.writes() || rule.allowed().contains("public")) {
                continue;
            }
            operations++;
            AllowedCaller allowed = AllowedCaller.of(rule);
            String role = allowed.role();
            String token = allowed.token();
            String etag = etagOf(rule, role, token, ids);

            Map<String, Long> before = Databases.rowCounts(app, BadInputIT.WRITTEN_BY_THE_API);
            List<Response> answers = race(rule, role, token, ids, etag);
            Map<String, Long> after = Databases.rowCounts(app, BadInputIT.WRITTEN_BY_THE_API);

            List<Response> won =
                    answers.stream().filter(a -> a.statusCode() < 300).toList();
            Set<Integer> refusals = new HashSet<>();
            for (Response answer : answers) {
                statuses.merge(answer.statusCode(), 1, Integer::sum);
                int status = answer.statusCode();
                if (status >= 300
                        && (status >= 500
                                || status == 401
                                || !String.valueOf(answer.contentType()).startsWith("application/problem+json"))) {
                    wrong.add("%s: %d %s".formatted(rule.operation(), status, answer.contentType()));
                } else if (status >= 300 && !RACE_LOST.contains(status)) {
                    refusals.add(status);
                }
            }
            // a refusal that is not about the race (400, 403, 404, 415) is the same for every identical request
            if (!refusals.isEmpty() && (refusals.size() > 1 || !won.isEmpty())) {
                wrong.add("%s: identical requests got %s and %d successes"
                        .formatted(rule.operation(), refusals, won.size()));
            }
            boolean made = !won.isEmpty() && won.stream().allMatch(a -> a.statusCode() == 201);
            if (made && won.stream().map(RaceIT::createdId).distinct().count() != won.size()) {
                wrong.add("%s: %d records made, fewer ids".formatted(rule.operation(), won.size()));
            }
            for (String table : after.keySet()) {
                long added = after.get(table) - before.getOrDefault(table, 0L);
                if (won.isEmpty() && added != 0) {
                    wrong.add(
                            "%s: nothing succeeded, yet %d rows added to %s".formatted(rule.operation(), added, table));
                } else if (made && added % won.size() != 0) {
                    wrong.add("%s: %d records made, %d rows added to %s"
                            .formatted(rule.operation(), won.size(), added, table));
                } else if (!made && won.size() > 1 && added >= won.size()) {
                    // a step may be repeated harmlessly (confirming twice changes nothing), never take effect twice
                    wrong.add("%s: a step on one record took effect %d times (%d rows added to %s)"
                            .formatted(rule.operation(), won.size(), added, table));
                }
            }
        }
        System.out.printf(
                "races, %s: %d write operations, %d requests, answers by status %s, %d wrong%n",
                service, operations, operations * RACERS, statuses, wrong.size());
        assertThat(wrong).as("racing writes of " + service).isEmpty();
    }

    @Test
    void shouldGiveIncidentsReportedAtOnceTheirOwnDailyNumbers() throws Exception {
        List<Response> answers = race(() -> Gateway.as("officer")
                .body("{\"channel\":\"CALL_110\",\"category\":\"HELP\",\"summary\":\"同时报警\",\"community\":\"wanyuan\"}")
                .post("/api/incidents"));
        assertThat(statuses(answers)).isEqualTo(Map.of(201, RACERS));
        assertThat(answers.stream().map(a -> a.path("number")).distinct()).hasSize(RACERS);
    }

    @Test
    void shouldBookOneSlotOfTheMediationRoomOnce() throws Exception {
        // a slot of the test's own, far ahead: one hour on a day no earlier run used
        Instant slot = Instant.parse("2040-01-01T01:00:00Z").plus(Duration.ofDays(System.nanoTime() % 20_000));
        String booking = "{\"startsAt\":\"%s\",\"endsAt\":\"%s\",\"purpose\":\"抢订\"}"
                .formatted(slot, slot.plus(Duration.ofHours(1)));
        List<Response> answers = race(() -> Gateway.as("mediator").body(booking).post("/api/mediation/room-bookings"));
        assertThat(statuses(answers)).isEqualTo(Map.of(201, 1, 409, RACERS - 1));
        assertThat(rows(SystemUnderTest.App.MEDIATION, "SELECT count(*) FROM room_booking WHERE starts_at = ?", slot))
                .isEqualTo(1);
    }

    @Test
    void shouldApproveATierProposalOnce() throws Exception {
        String person = PolicyFixtures.created(
                "officer",
                "/api/residents",
                "{\"idNumber\":\"%s\",\"name\":\"竞审居民\",\"householdType\":\"FLOATING\",\"community\":\"wanyuan\"}"
                        .formatted(IdNumbers.random(true)));
        String proposal = atStation("officer")
                .body("{\"tier\":\"KEY\",\"reasons\":[\"PRIOR_RECORD\"]}")
                .post("/api/residents/" + person + "/tier-proposals")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        List<Response> answers = race(
                () -> atStation("commander").body("{}").post("/api/residents/tier-proposals/" + proposal + "/approve"));
        assertThat(statuses(answers)).isEqualTo(Map.of(200, 1, 409, RACERS - 1));
    }

    @Test
    void shouldCloseAVenuesRectificationOnce() throws Exception {
        String venue = PolicyFixtures.created(
                "officer",
                "/api/venues",
                "{\"name\":\"竞网吧\",\"kind\":\"SMALL_INTERNET_CAFE\",\"community\":\"wanyuan\",\"camerasCoverEntrance\":false}");
        String inspection =
                PolicyFixtures.created("officer", "/api/venues/" + venue + "/inspections", "{\"findings\":[\"FIRE\"]}");
        List<Response> answers = race(() -> Gateway.as("officer")
                .body("{\"rectified\":true}")
                .post("/api/venues/inspections/" + inspection + "/revisit"));
        assertThat(statuses(answers)).isEqualTo(Map.of(200, 1, 409, RACERS - 1));
    }

    @Test
    void shouldRecordEachOfSimultaneousCheckInsAsItsOwn() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        // the user auxiliary patrols as auxiliary-01, as in patrol-service's test station; registered here
        // unless that (or an earlier run) did: 409
        Gateway.as("admin")
                .body("{\"code\":\"auxiliary-01\",\"name\":\"测试辅警一\",\"level\":\"AUXILIARY\","
                        + "\"community\":\"wanyuan\",\"username\":\"auxiliary\"}")
                .post("/api/patrol/patrollers")
                .then()
                .statusCode(anyOf(is(201), is(409)));
        String area = "RACE-" + tag;
        String checkpoint = "RACE-CP-" + tag;
        try {
            Gateway.as("admin")
                    .body(
                            "{\"code\":\"%s\",\"name\":\"竞巡区\",\"community\":\"wanyuan\",\"sector\":\"S\",\"cells\":[\"%s\"]}"
                                    .formatted(area, farCell()))
                    .post("/api/patrol/areas")
                    .then()
                    .statusCode(201);
            Gateway.as("admin")
                    .body(("{\"code\":\"%s\",\"name\":\"竞点\",\"seq\":1,\"latitude\":35.49,\"longitude\":112.84,"
                                    + "\"maxIntervalMinutes\":30,\"toleranceMinutes\":5}")
                            .formatted(checkpoint))
                    .post("/api/patrol/areas/" + area + "/checkpoints")
                    .then()
                    .statusCode(201);
            List<Response> answers = race(() -> Gateway.as("auxiliary")
                    .body("{\"checkpointCode\":\"" + checkpoint + "\"}")
                    .post("/api/patrol/check-ins"));
            assertThat(statuses(answers)).isEqualTo(Map.of(201, RACERS));
            assertThat(answers.stream().map(a -> a.path("id")).distinct()).hasSize(RACERS);
            assertThat(rows(
                            SystemUnderTest.App.PATROL,
                            "SELECT count(*) FROM check_in c JOIN checkpoint p ON p.id = c.checkpoint_id WHERE p.code = ?",
                            checkpoint))
                    .isEqualTo(RACERS);
        } finally {
            // the area is the test's own: gone again, so no plan or round of another test meets it
            removeArea(area);
        }
    }

    private static void removeArea(String area) throws Exception {
        String checkpoints = "(SELECT id FROM checkpoint WHERE area_code = ?)";
        try (Connection db = Databases.connect(SystemUnderTest.App.PATROL)) {
            for (String delete : List.of(
                    "DELETE FROM check_in WHERE checkpoint_id IN " + checkpoints,
                    "DELETE FROM checkpoint_miss WHERE checkpoint_id IN " + checkpoints,
                    "DELETE FROM coverage WHERE area_code = ?",
                    "DELETE FROM checkpoint WHERE area_code = ?",
                    "DELETE FROM patrol_area WHERE code = ?")) {
                try (PreparedStatement statement = db.prepareStatement(delete)) {
                    statement.setString(1, area);
                    statement.executeUpdate();
                }
            }
        }
    }

    @Test
    void shouldTakeTheCourtsDecisionOnce() throws Exception {
        String dispute = PolicyFixtures.created(
                "mediator",
                "/api/disputes",
                "{\"source\":\"WALK_IN\",\"type\":\"NEIGHBOUR\",\"community\":\"wanyuan\",\"summary\":\"竞裁\","
                        + "\"parties\":[{\"side\":\"APPLICANT\",\"name\":\"甲\"},{\"side\":\"RESPONDENT\",\"name\":\"乙\"}]}");
        Instant session = Instant.parse("2040-06-01T01:00:00Z").plus(Duration.ofDays(System.nanoTime() % 20_000));
        for (String[] step : new String[][] {
            {"accept", "{}"},
            {"assign", "{\"kind\":\"PEOPLES_MEDIATOR\"}"},
            {"sessions", "{\"startsAt\":\"%s\",\"endsAt\":\"%s\"}".formatted(session, session.plus(Duration.ofHours(1)))
            },
            {"agreement", "{\"terms\":\"互谅互让\"}"}
        }) {
            Gateway.as("mediator")
                    .body(step[1])
                    .post("/api/disputes/" + dispute + "/" + step[0])
                    .then()
                    .statusCode(lessThan(300));
        }
        List<Integer> parties = Gateway.as("mediator")
                .get("/api/disputes/" + dispute)
                .then()
                .extract()
                .path("parties.id");
        for (Integer party : parties) {
            Gateway.as("mediator")
                    .body("{\"partyId\":" + party + "}")
                    .post("/api/disputes/" + dispute + "/agreement/confirmations")
                    .then()
                    .statusCode(200);
        }
        Gateway.as("mediator")
                .body("{\"partyIds\":" + parties + "}")
                .post("/api/disputes/" + dispute + "/agreement/judicial-confirmation")
                .then()
                .statusCode(200);
        List<Response> answers = race(() -> Gateway.as("city-system")
                .body("{\"decision\":\"CONFIRMED\",\"courtReference\":\"(2024)晋0502民特9号\"}")
                .put("/api/disputes/" + dispute + "/agreement/judicial-confirmation"));
        assertThat(statuses(answers)).isEqualTo(Map.of(200, 1, 409, RACERS - 1));
    }

    /** A grid cell far outside the station that no other area holds (each area owns its cells). */
    private static String farCell() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "-" + random.nextInt(1000, 10_000) + ":-" + random.nextInt(1000, 10_000);
    }

    private static RequestSpecification atStation(String user) {
        return given().baseUri(SystemUnderTest.gateway())
                .auth()
                .oauth2(KeycloakTokens.station(user))
                .header("X-Purpose", "race")
                .contentType(ContentType.JSON);
    }

    /** The same request sent by {@value #RACERS} threads released together. */
    private static List<Response> race(Callable<Response> request) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> racers = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            racers.add(pool.submit(() -> {
                start.await();
                return request.call();
            }));
        }
        start.countDown();
        List<Response> answers = new ArrayList<>();
        for (Future<Response> racer : racers) {
            answers.add(racer.get());
        }
        return answers;
    }

    private static Map<Integer, Integer> statuses(List<Response> answers) {
        Map<Integer, Integer> statuses = new TreeMap<>();
        answers.forEach(a -> statuses.merge(a.statusCode(), 1, Integer::sum));
        return statuses;
    }

    private static long rows(SystemUnderTest.App app, String countQuery, Object parameter) throws Exception {
        try (Connection db = Databases.connect(app);
                PreparedStatement query = db.prepareStatement(countQuery)) {
            query.setObject(1, parameter instanceof Instant at ? java.sql.Timestamp.from(at) : parameter);
            try (ResultSet count = query.executeQuery()) {
                count.next();
                return count.getLong(1);
            }
        }
    }

    /** The ETag of the record the operation changes (the path up to its first id), if it has one. */
    private static String etagOf(Rule rule, String role, String token, Map<String, String> ids) {
        int placeholder = rule.path().indexOf('}');
        if (placeholder < 0) {
            return null;
        }
        String record = AccessMatrix.fill(rule.path().substring(0, placeholder + 1), role, ids);
        Response answer = given().baseUri(SystemUnderTest.gateway())
                .auth()
                .oauth2(token)
                .header("X-Purpose", "race")
                .get(record);
        return answer.statusCode() == 200 ? answer.header("ETag") : null;
    }

    /** The operation's racers, with the record's version as If-Match where it has one. */
    private static List<Response> race(Rule rule, String role, String token, Map<String, String> ids, String etag)
            throws Exception {
        return race(() -> AccessMatrix.send(
                rule,
                role,
                token,
                ids,
                etag == null
                        ? given().baseUri(SystemUnderTest.gateway())
                        : given().baseUri(SystemUnderTest.gateway()).header("If-Match", etag)));
    }

    /** Where the answer says the record is, or the record it answers (Open311 answers a list). */
    private static String createdId(Response answer) {
        String location = answer.header("Location");
        return location != null ? location : answer.asString();
    }
}
