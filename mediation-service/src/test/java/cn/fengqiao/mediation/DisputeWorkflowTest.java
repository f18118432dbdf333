package cn.fengqiao.mediation;

import static cn.fengqiao.mediation.DisputeFixtures.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import cn.fengqiao.infrastructure.testing.TopicProbe;

/** Every step of the dispute workflow through the API, against the real PostgreSQL and Kafka. */
@QuarkusTest
@TestSecurity(user = "mediator", roles = "mediator")
class DisputeWorkflowTest {

    static final ZoneId STATION = ZoneId.of("Asia/Shanghai");

    @Test
    void shouldTakeADisputeFromScreeningThroughAgreementAndFollowUpsToClosed() {
        try (TopicProbe events = TopicProbe.fromNow("mediation-events")) {
            String id = DisputeFixtures.opened();
            given().get("/api/disputes/" + id)
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("SCREENED"))
                    .body("number", matchesPattern("TJ\\d{8}-\\d{4,}"))
                    .body("parties", hasSize(2))
                    .body("acceptDue", notNullValue());

            post(id, "accept", "{\"note\":\"受理\"}", 200);
            post(id, "assign", "{\"kind\":\"PEOPLES_MEDIATOR\",\"mediatorName\":\"张调解员\"}", 200);
            post(
                    id,
                    "sessions",
                    "{\"startsAt\":\"2031-03-03T01:00:00Z\",\"endsAt\":\"2031-03-03T02:00:00Z\",\"notes\":\"第一次调解\"}",
                    201);
            given().get("/api/disputes/" + id).then().body("status", equalTo("IN_MEDIATION"));
            given().contentType(ContentType.JSON)
                    .body("{\"terms\":\"王某于七日内修复漏水，李某不再追究。\"}")
                    .post("/api/disputes/" + id + "/agreement")
                    .then()
                    .statusCode(201)
                    .body("text", containsString("人民调解协议书"))
                    .body("text", containsString("王某于七日内修复漏水"))
                    .body("text", containsString("申请人：王某"))
                    .body("text", containsString("张调解员"))
                    .body("judicialStatus", equalTo("NONE"));

            JsonPath detail =
                    given().get("/api/disputes/" + id).then().extract().jsonPath();
            LocalDate signedOn = LocalDate.ofInstant(Instant.parse(detail.getString("agreementSignedAt")), STATION);
            assertThat(detail.getList("followUps.dueOn", String.class))
                    .containsExactly(
                            signedOn.plusDays(7).toString(),
                            signedOn.plusDays(30).toString());
            long weekVisit = detail.getLong("followUps[0].id");
            long monthVisit = detail.getLong("followUps[1].id");

            given().contentType(ContentType.JSON)
                    .body("{\"outcome\":\"STABLE\",\"satisfaction\":\"SATISFIED\"}")
                    .post("/api/disputes/" + id + "/follow-ups/" + weekVisit)
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("DONE"));
            given().contentType(ContentType.JSON)
                    .post("/api/disputes/" + id + "/close")
                    .then()
                    .statusCode(409)
                    .body("detail", containsString("30-day follow-up"));
            given().contentType(ContentType.JSON)
                    .body("{\"outcome\":\"STABLE\",\"satisfaction\":\"BASICALLY_SATISFIED\"}")
                    .post("/api/disputes/" + id + "/follow-ups/" + monthVisit)
                    .then()
                    .statusCode(200);
            post(id, "close", "{\"note\":\"回访稳定，结案\"}", 200);

            given().get("/api/disputes/" + id + "/history")
                    .then()
                    .statusCode(200)
                    .body(
                            "to",
                            contains(
                                    "SCREENED",
                                    "ACCEPTED",
                                    "ASSIGNED",
                                    "IN_MEDIATION",
                                    "AGREEMENT_SIGNED",
                                    "FOLLOW_UP",
                                    "CLOSED"))
                    .body("by[1]", equalTo("mediator"));

            List<ConsumerRecord<String, String>> published =
                    events.collect(r -> id.equals(r.key()), Duration.ofSeconds(8));
            assertThat(published)
                    .extracting(r -> TopicProbe.header(r, "ce_type"))
                    .containsExactly(
                            "cn.fengqiao.dispute.opened.v1",
                            "cn.fengqiao.dispute.agreement-signed.v1",
                            "cn.fengqiao.dispute.follow-up-recorded.v1",
                            "cn.fengqiao.dispute.follow-up-recorded.v1",
                            "cn.fengqiao.dispute.closed.v1");
            assertThat(published.get(4).value()).contains("\"outcome\":\"SETTLED\"");
            assertThat(published).allSatisfy(r -> assertThat(r.value()).doesNotContain("王某", "李某", "\"contact\""));
        }
    }

    @Test
    void shouldAnswer409ForAnIllegalStepAndChangeNothing() {
        String id = DisputeFixtures.opened();

        given().contentType(ContentType.JSON)
                .body("{\"terms\":\"x\"}")
                .post("/api/disputes/" + id + "/agreement")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("SCREENED and cannot move to AGREEMENT_SIGNED"));
        post(id, "accept", "{}", 200);
        post(id, "accept", "{}", 409);

        given().get("/api/disputes/" + id)
                .then()
                .body("status", equalTo("ACCEPTED"))
                .body("agreementSignedAt", nullValue());
        given().get("/api/disputes/" + id + "/agreement").then().statusCode(404);
    }

    @Test
    void shouldFailAndThenReferADisputeWithItsReason() {
        try (TopicProbe events = TopicProbe.fromNow("mediation-events")) {
            String id = DisputeFixtures.inMediation();
            post(id, "fail", "{\"reason\":\"双方分歧过大\"}", 200);
            post(id, "refer", "{\"target\":\"COURT\",\"reason\":\"建议起诉\"}", 200);

            given().get("/api/disputes/" + id)
                    .then()
                    .body("status", equalTo("REFERRED"))
                    .body("referralTarget", equalTo("COURT"))
                    .body("referralReason", equalTo("建议起诉"))
                    .body("failedAt", notNullValue());
            ConsumerRecord<String, String> referred = events.await(
                            r -> id.equals(r.key())
                                    && "cn.fengqiao.dispute.referred.v1".equals(TopicProbe.header(r, "ce_type")),
                            Duration.ofSeconds(20))
                    .orElseThrow();
            assertThat(referred.value()).contains("\"target\":\"COURT\"").doesNotContain("建议起诉");
        }
    }

    @Test
    void shouldReopenADisputeWhenAFollowUpFindsItRecurred() {
        String id = DisputeFixtures.signed();
        JsonPath detail = given().get("/api/disputes/" + id).then().extract().jsonPath();
        long weekVisit = detail.getLong("followUps[0].id");

        given().contentType(ContentType.JSON)
                .body("{\"outcome\":\"RECURRED\",\"satisfaction\":\"DISSATISFIED\",\"note\":\"漏水未修\"}")
                .post("/api/disputes/" + id + "/follow-ups/" + weekVisit)
                .then()
                .statusCode(200);

        given().get("/api/disputes/" + id)
                .then()
                .body("status", equalTo("ASSIGNED"))
                .body("reopenedCount", equalTo(1))
                .body("followUps.status", contains("DONE", "CANCELLED"));
        // back in mediation, a new agreement schedules new visits
        post(id, "sessions", "{\"startsAt\":\"2031-04-01T01:00:00Z\",\"endsAt\":\"2031-04-01T02:00:00Z\"}", 201);
        post(id, "agreement", "{\"terms\":\"王某三日内请人修复。\"}", 201);
        given().get("/api/disputes/" + id)
                .then()
                .body("status", equalTo("AGREEMENT_SIGNED"))
                .body("followUps.status", contains("DONE", "CANCELLED", "PENDING", "PENDING"));
    }

    @Test
    void shouldChangeTheAssessmentOnlyAtTheVersionTheCallerSaw() {
        String id = DisputeFixtures.opened();
        String etag = given().get("/api/disputes/" + id)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        assertThat(etag).isEqualTo("\"0\"");

        given().contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body("{\"riskGrade\":\"HIGH\",\"leaderInCharge\":\"刘所长\",\"note\":\"扬言报复\"}")
                .put("/api/disputes/" + id + "/assessment")
                .then()
                .statusCode(200)
                .body("riskGrade", equalTo("HIGH"))
                .body("warningLevel", equalTo("ORANGE"));
        // a second officer still holding version 0 is told someone was first, and changes nothing
        given().contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body("{\"riskGrade\":\"LOW\"}")
                .put("/api/disputes/" + id + "/assessment")
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .header("If-Match", etag)
                .post("/api/disputes/" + id + "/accept")
                .then()
                .statusCode(412);

        given().get("/api/disputes/" + id)
                .then()
                .body("riskGrade", equalTo("HIGH"))
                .body("status", equalTo("SCREENED"))
                .body("leaderInCharge", equalTo("刘所长"));
        given().get("/api/disputes/" + id + "/history")
                .then()
                .body("note[1]", containsString("riskGrade LOW → HIGH"))
                .body("note[1]", containsString("扬言报复"));
    }

    @Test
    void shouldRefuseBadInputWithAProblemAndStoreNothing() {
        long before =
                given().get("/api/disputes?size=1").then().extract().jsonPath().getLong("total");

        given().contentType(ContentType.JSON)
                .body("{\"source\":\"WALK_IN\",\"type\":\"FEUD\",\"community\":\"wanyuan\",\"summary\":\"x\"}")
                .post("/api/disputes")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body("{\"source\":\"WALK_IN\",\"type\":\"FAMILY\",\"community\":\"Wanyuan!\",\"summary\":\"\","
                        + "\"parties\":[{\"side\":\"APPLICANT\",\"name\":\"王某\",\"contact\":\"12345\"}]}")
                .post("/api/disputes")
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("community", "summary"));
        given().contentType(ContentType.JSON)
                .body("{\"source\":\"WALK_IN\",\"type\":\"FAMILY\",\"community\":\"wanyuan\",\"summary\":\"x\","
                        + "\"parties\":[{\"side\":\"APPLICANT\"}]}")
                .post("/api/disputes")
                .then()
                .statusCode(400)
                .body("detail", containsString("residentId 或姓名")); // in the station's language
        given().contentType(ContentType.JSON)
                .body("{\"source\":\"INCIDENT\",\"type\":\"FAMILY\",\"community\":\"wanyuan\",\"summary\":\"x\"}")
                .post("/api/disputes")
                .then()
                .statusCode(400)
                .body("detail", containsString("incident-events"));

        assertThat(given().get("/api/disputes?size=1")
                        .then()
                        .extract()
                        .jsonPath()
                        .getLong("total"))
                .isEqualTo(before);
    }

    @Test
    @TestSecurity(user = "grid-worker", roles = "volunteer")
    void shouldRecordAGridWorkersReportAsAGridReportWhateverTheBodySays() {
        given().contentType(ContentType.JSON)
                .body("{\"source\":\"SCREENING\",\"type\":\"WAGES\",\"community\":\"wanyuan\",\"summary\":\"工地欠薪\"}")
                .post("/api/disputes")
                .then()
                .statusCode(201)
                .body("source", equalTo("GRID_REPORT"))
                .body("status", equalTo("SCREENED"));
    }
}
