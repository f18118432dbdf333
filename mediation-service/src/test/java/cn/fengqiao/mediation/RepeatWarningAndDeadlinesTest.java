package cn.fengqiao.mediation;

import static cn.fengqiao.mediation.DisputeFixtures.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

import cn.fengqiao.infrastructure.testing.TestClock;

/**
 * The repeat early warning and the deadlines, with the station clock moved forward by {@link TestClock}
 * instead of waiting: 60 days for repeats, 3 days to accept, 30 days to settle, 30 days for the court.
 */
@QuarkusTest
@TestSecurity(user = "mediator", roles = "mediator")
class RepeatWarningAndDeadlinesTest {

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldFlagASecondDisputeAtTheSameAddressAndRaiseItsRisk() {
        String address = DisputeFixtures.freshAddress();
        String first = DisputeFixtures.open("wanyuan", address, "[]");
        String firstNumber =
                given().get("/api/disputes/" + first).then().extract().path("number");

        String second = DisputeFixtures.open("wanyuan", address, "[]");

        given().get("/api/disputes/" + first)
                .then()
                .body("repeated", equalTo(false))
                .body("riskGrade", equalTo("LOW"));
        given().get("/api/disputes/" + second)
                .then()
                .body("repeated", equalTo(true))
                .body("riskGrade", equalTo("MEDIUM"))
                .body("warningLevel", equalTo("YELLOW"))
                .body("repeatReason", equalTo("same address as dispute " + firstNumber));
    }

    @Test
    void shouldFlagADisputeWithTheSamePartyAtAnotherAddress() {
        UUID resident = UUID.randomUUID();
        String parties = "[{\"side\":\"APPLICANT\",\"residentId\":\"" + resident + "\"}]";
        DisputeFixtures.open("wanyuan", DisputeFixtures.freshAddress(), parties);

        String second = DisputeFixtures.open("yihou", DisputeFixtures.freshAddress(), parties);

        given().get("/api/disputes/" + second)
                .then()
                .body("repeated", equalTo(true))
                .body("repeatReason", containsString("same party"));
    }

    @Test
    void shouldFlagADisputeWhosePartyHasTheSameContactAsOneBefore() {
        String phone = DisputeFixtures.freshPhone("137");
        DisputeFixtures.open(
                "wanyuan",
                DisputeFixtures.freshAddress(),
                "[{\"side\":\"APPLICANT\",\"name\":\"赵某\",\"contact\":\"" + phone + "\"}]");
        String unrelated = DisputeFixtures.opened();

        String second = DisputeFixtures.open(
                "yihou",
                DisputeFixtures.freshAddress(),
                "[{\"side\":\"RESPONDENT\",\"name\":\"赵先生\",\"contact\":\"" + phone + "\"}]");

        given().get("/api/disputes/" + second).then().body("repeated", equalTo(true));
        given().get("/api/disputes/" + unrelated).then().body("repeated", equalTo(false));
    }

    @Test
    void shouldNotFlagADisputeWhenTheEarlierOneIsOlderThanSixtyDays() {
        String address = DisputeFixtures.freshAddress();
        DisputeFixtures.open("wanyuan", address, "[]");
        clock.advance(Duration.ofDays(61));

        String later = DisputeFixtures.open("wanyuan", address, "[]");

        given().get("/api/disputes/" + later)
                .then()
                .body("repeated", equalTo(false))
                .body("riskGrade", equalTo("LOW"));
    }

    @Test
    void shouldPutRepeatedDisputesFirstInTheScreeningQueue() {
        String community = DisputeFixtures.freshCommunity();
        String address = DisputeFixtures.freshAddress();
        String first = DisputeFixtures.open(community, address, "[]");
        String plain = DisputeFixtures.open(community, DisputeFixtures.freshAddress(), "[]");
        String repeat = DisputeFixtures.open(community, address, "[]");

        List<String> queue = given().get("/api/disputes/screening-queue?community=" + community)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id");

        // the repeat first (raised to MEDIUM), then the two LOW ones oldest first
        assertThat(queue).containsExactly(repeat, first, plain);
    }

    @Test
    void shouldListADisputeNotAcceptedWithinThreeDaysAsOverdue() {
        String community = DisputeFixtures.freshCommunity();
        String id = DisputeFixtures.opened(community);
        assertThat(overdueIds(community)).isEmpty();

        clock.advance(Duration.ofDays(3).minusMinutes(1));
        assertThat(overdueIds(community)).isEmpty();
        clock.advance(Duration.ofMinutes(2));
        assertThat(overdueIds(community)).containsExactly(id);

        post(id, "accept", "{}", 200);
        assertThat(overdueIds(community)).isEmpty();
    }

    @Test
    void shouldListADisputeNotSettledWithinThirtyDaysOfAcceptanceAsOverdue() {
        String community = DisputeFixtures.freshCommunity();
        String id = DisputeFixtures.inMediation(community);
        clock.advance(Duration.ofDays(29));
        assertThat(overdueIds(community)).isEmpty();

        clock.advance(Duration.ofDays(1).plusMinutes(1));
        assertThat(overdueIds(community)).containsExactly(id);

        post(id, "agreement", "{\"terms\":\"和解\"}", 201);
        assertThat(overdueIds(community)).isEmpty();
    }

    @Test
    void shouldAcceptAJudicialConfirmationRequestOfBothPartiesWithinThirtyDays() {
        String id = DisputeFixtures.signed();
        List<Integer> parties = partyIds(id);
        confirmAll(id, parties);
        clock.advance(Duration.ofDays(29));

        given().contentType(ContentType.JSON)
                .body("{\"partyIds\":[" + parties.get(0) + "]}")
                .post("/api/disputes/" + id + "/agreement/judicial-confirmation")
                .then()
                .statusCode(409)
                .body("detail", containsString("both parties"));
        given().contentType(ContentType.JSON)
                .body("{\"partyIds\":[" + parties.get(0) + "," + parties.get(1) + "]}")
                .post("/api/disputes/" + id + "/agreement/judicial-confirmation")
                .then()
                .statusCode(200)
                .body("judicialStatus", equalTo("REQUESTED"));
    }

    @Test
    void shouldRefuseAJudicialConfirmationRequestAfterThirtyDaysWithTheReason() {
        String id = DisputeFixtures.signed();
        List<Integer> parties = partyIds(id);
        confirmAll(id, parties);
        clock.advance(Duration.ofDays(30).plusHours(1));

        given().contentType(ContentType.JSON)
                .body("{\"partyIds\":[" + parties.get(0) + "," + parties.get(1) + "]}")
                .post("/api/disputes/" + id + "/agreement/judicial-confirmation")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("Too late"))
                .body("detail", containsString("within 30 days"));
        given().get("/api/disputes/" + id + "/agreement").then().body("judicialStatus", equalTo("NONE"));
    }

    @Test
    void shouldListFollowUpsWhenTheyFallDue() {
        String community = DisputeFixtures.freshCommunity();
        String id = DisputeFixtures.signed(community);
        assertThat(dueDisputeIds(community)).isEmpty();

        clock.advance(Duration.ofDays(7));
        assertThat(dueDisputeIds(community)).containsExactly(id);

        clock.advance(Duration.ofDays(23));
        assertThat(dueDisputeIds(community)).containsExactly(id, id);
    }

    private static List<String> overdueIds(String community) {
        return given().get("/api/disputes/overdue?community=" + community)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id");
    }

    private static List<String> dueDisputeIds(String community) {
        return given().get("/api/disputes/follow-ups?community=" + community)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.disputeId");
    }

    private static List<Integer> partyIds(String id) {
        return given().get("/api/disputes/" + id).then().extract().jsonPath().getList("parties.id");
    }

    private static void confirmAll(String id, List<Integer> parties) {
        for (Integer party : parties) {
            post(id, "agreement/confirmations", "{\"partyId\":" + party + "}", 200);
        }
    }
}
