package cn.fengqiao.resident;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import cn.fengqiao.infrastructure.audit.AuditEntry;
import cn.fengqiao.infrastructure.testing.KeycloakTokens;
import cn.fengqiao.infrastructure.testing.TestClock;
import cn.fengqiao.infrastructure.testing.TopicProbe;

/**
 * Classified management with real tokens: tiers only for officers and the commander on the station's
 * client, the two-person rule, lowering by the commander alone, the review queue with a moved clock,
 * involvement suggestions from incident events, and an audit entry for every look and refusal.
 */
@QuarkusTest
class TierTest {

    static final ZoneId STATION = ZoneId.of("Asia/Shanghai");

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static RequestSpecification station(String user) {
        return given().auth()
                .oauth2(KeycloakTokens.station(user))
                .contentType(ContentType.JSON)
                .header("X-Purpose", "tier-test");
    }

    static String person(String community) {
        return PersonResourceTest.register("officer", PersonFixtures.idNumber(true), PersonFixtures.phone(), community);
    }

    static String propose(String user, String person, String tier) {
        return station(user)
                .body("{\"tier\":\"%s\",\"reasons\":[\"PRIOR_RECORD\"],\"why\":\"刑满释放\"}".formatted(tier))
                .post("/api/residents/" + person + "/tier-proposals")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void shouldRaiseATierOnlyWithASecondPersonsApproval() {
        String person = person("wanyuan");
        try (TopicProbe restricted = TopicProbe.fromNow("resident-restricted-events");
                TopicProbe ordinary = TopicProbe.fromNow("resident-events")) {
            String proposal = propose("officer", person, "KEY");
            station("officer").get("/api/residents/" + person + "/tier").then().body("tier", equalTo("GENERAL"));

            station("commander")
                    .body("{\"note\":\"同意\"}")
                    .post("/api/residents/tier-proposals/" + proposal + "/approve")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("APPROVED"));

            String due = LocalDate.now(STATION).plusDays(90).toString();
            station("commander")
                    .get("/api/residents/" + person + "/tier")
                    .then()
                    .statusCode(200)
                    .body("tier", equalTo("KEY"))
                    .body("reasons", contains("PRIOR_RECORD"))
                    .body("reviewDue", equalTo(due))
                    .body("approvedBy", equalTo("commander"))
                    .body("history[0].changedBy", equalTo("officer"));
            ConsumerRecord<String, String> event = restricted
                    .await(r -> person.equals(r.key()), Duration.ofSeconds(20))
                    .orElseThrow();
            assertThat(event.value()).contains("\"toTier\":\"KEY\"").doesNotContain("PRIOR_RECORD", "刑满释放");
            assertThat(ordinary.collect(r -> person.equals(r.key()), Duration.ofSeconds(2)))
                    .isEmpty();
        }
    }

    @Test
    void shouldStopTheProposerApprovingTheirOwnProposalAndAnAuxiliaryProposing() {
        String person = person("yihou");
        String proposal = propose("deputy", person, "WATCH");

        station("deputy")
                .post("/api/residents/tier-proposals/" + proposal + "/approve")
                .then()
                .statusCode(403)
                .body("detail", containsString("proposer"));
        given().auth()
                .oauth2(KeycloakTokens.station("auxiliary"))
                .contentType(ContentType.JSON)
                .header("X-Purpose", "x")
                .body("{\"tier\":\"KEY\",\"reasons\":[\"PRIOR_RECORD\"]}")
                .post("/api/residents/" + person + "/tier-proposals")
                .then()
                .statusCode(403);
        station("officer").get("/api/residents/" + person + "/tier").then().body("tier", equalTo("GENERAL"));
        station("commander")
                .post("/api/residents/tier-proposals/" + proposal + "/approve")
                .then()
                .statusCode(200);
        station("officer").get("/api/residents/" + person + "/tier").then().body("tier", equalTo("WATCH"));
    }

    @Test
    void shouldLetOnlyTheCommanderLowerATier() {
        String person = person("wanyuan");
        String proposal = propose("officer", person, "KEY");
        station("commander")
                .post("/api/residents/tier-proposals/" + proposal + "/approve")
                .then()
                .statusCode(200);

        station("officer")
                .body("{\"tier\":\"WATCH\",\"reasons\":[\"PRIOR_RECORD\"]}")
                .put("/api/residents/" + person + "/tier")
                .then()
                .statusCode(403);
        station("officer")
                .body("{\"tier\":\"WATCH\",\"reasons\":[\"PRIOR_RECORD\"]}")
                .post("/api/residents/" + person + "/tier-proposals")
                .then()
                .statusCode(409);
        station("commander")
                .body("{\"tier\":\"WATCH\",\"reasons\":[\"PRIOR_RECORD\"],\"why\":\"表现良好\"}")
                .put("/api/residents/" + person + "/tier")
                .then()
                .statusCode(200)
                .body("tier", equalTo("WATCH"))
                .body("history.to", contains("KEY", "WATCH"));
    }

    @Test
    void shouldHideTiersFromTheThirdPartyClientAndFromAuxiliariesAndAuditTheRefusal() {
        String person = person("wanyuan");
        long refusals = refusals(person);

        given().auth()
                .oauth2(KeycloakTokens.of("officer")) // the third-party frontend's token
                .header("X-Purpose", "x")
                .get("/api/residents/" + person + "/tier")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(KeycloakTokens.station("auxiliary"))
                .header("X-Purpose", "x")
                .get("/api/residents/" + person + "/tier")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(KeycloakTokens.station("officer"))
                .get("/api/residents/" + person + "/tier")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("X-Purpose"));
        // the third-party client, the auxiliary and the look without a purpose
        assertThat(refusals(person)).isEqualTo(refusals + 3);
    }

    @Test
    void shouldShowTheTierInAPersonsRecordOnlyOnTheStationConsoleAndAuditEveryLookAtAKeyPerson() {
        String person = person("wanyuan");
        String proposal = propose("officer", person, "KEY");
        station("commander")
                .post("/api/residents/tier-proposals/" + proposal + "/approve")
                .then()
                .statusCode(200);
        long looks = looks(person);

        station("officer")
                .get("/api/residents/" + person)
                .then()
                .statusCode(200)
                .body("tier", equalTo("KEY"))
                .body(
                        "tierReviewDue",
                        equalTo(LocalDate.now(STATION).plusDays(90).toString()));
        for (String thirdParty : List.of("officer", "commander", "auxiliary")) {
            given().auth()
                    .oauth2(KeycloakTokens.of(thirdParty))
                    .header("X-Purpose", "x")
                    .get("/api/residents/" + person)
                    .then()
                    .statusCode(200)
                    .body("$", not(hasKey("tier")))
                    .body("$", not(hasKey("tierReviewDue")));
        }
        given().auth()
                .oauth2(KeycloakTokens.station("auxiliary"))
                .header("X-Purpose", "x")
                .get("/api/residents/" + person)
                .then()
                .statusCode(200)
                .body("$", not(hasKey("tier")));
        // a list that shows the KEY person: the station console sees the tier, the frontend does not
        String idNumber = station("officer")
                .get("/api/residents/" + person)
                .then()
                .extract()
                .path("idNumber");
        station("officer").get("/api/residents?idNumber=" + idNumber).then().body("items[0].tier", equalTo("KEY"));
        given().auth()
                .oauth2(KeycloakTokens.of("auxiliary"))
                .header("X-Purpose", "x")
                .get("/api/residents?idNumber=" + idNumber)
                .then()
                .body("items[0].id", equalTo(person))
                .body("items[0]", not(hasKey("tier")));

        // six reads of the record (the auxiliary's masked ones too) and two lists that showed the person
        assertThat(looks(person)).isEqualTo(looks + 8);
    }

    private static long looks(String person) {
        return QuarkusTransaction.requiringNew()
                .call(() -> AuditEntry.count(
                        "subject = ?1 AND outcome = 'granted' AND action IN ('read person',"
                                + " 'read person with ID and phone', 'listed person in a search')",
                        "person/" + person));
    }

    @Test
    void shouldQueueAnOverdueReviewWithoutChangingAnything() {
        String person = person("fengyang");
        String proposal = propose("officer", person, "WATCH");
        station("commander")
                .post("/api/residents/tier-proposals/" + proposal + "/approve")
                .then()
                .statusCode(200);
        assertThat(queued(person)).isEmpty();

        clock.advance(Duration.ofDays(181));

        assertThat(queued(person)).containsExactly("REVIEW_OVERDUE");
        station("officer").get("/api/residents/" + person + "/tier").then().body("tier", equalTo("WATCH"));
        station("officer")
                .body("{\"note\":\"仍需关注\"}")
                .post("/api/residents/" + person + "/tier/reviews")
                .then()
                .statusCode(200)
                .body("tier", equalTo("WATCH"));
        assertThat(queued(person)).isEmpty();
    }

    @Test
    void shouldSuggestAReviewAfterThreeIncidentsInNinetyDaysAndNeverRaiseByItself() {
        String person = person("yihou");
        for (int i = 0; i < 3; i++) {
            UUID incident = UUID.randomUUID();
            TopicProbe.sendCloudEvent(
                    "incident-events",
                    TopicProbe.newEventId(),
                    "cn.fengqiao.incident.reported.v1",
                    incident.toString(),
                    """
                    {"incidentId":"%s","number":"JQ20240703-09%02d","category":"PUBLIC_ORDER","community":"yihou",
                     "reportedAt":"%s","residentIds":["%s"]}""".formatted(incident, i, Instant.now().minus(Duration.ofDays(10L * i)), person));
        }

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(queued(person)).containsExactly("REPEATED_INVOLVEMENT"));
        station("officer").get("/api/residents/" + person + "/tier").then().body("tier", equalTo("GENERAL"));
    }

    private static List<String> queued(String person) {
        return station("officer")
                .get("/api/residents/review-queue")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("findAll { it.personId == '" + person + "' }.kind");
    }

    private static long refusals(String person) {
        return QuarkusTransaction.requiringNew()
                .call(() -> AuditEntry.count("subject = ?1 AND outcome LIKE 'denied%'", "person/" + person));
    }
}
