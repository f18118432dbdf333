package cn.fengqiao.mediation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import cn.fengqiao.infrastructure.testing.KeycloakTokens;
import cn.fengqiao.mediation.domain.Lawyer;

/** The shared mediation room (no double booking) and the duty lawyers' rota with conflicts of interest. */
@QuarkusTest
class RoomAndLawyerTest {

    static final ZoneId STATION = ZoneId.of("Asia/Shanghai");

    /** Each test builds its own rota of three lawyers; earlier ones leave it. */
    @BeforeEach
    void freshRota() {
        QuarkusTransaction.requiringNew().run(() -> Lawyer.update("active = false WHERE active = true"));
    }

    @Test
    @TestSecurity(user = "mediator", roles = "mediator")
    void shouldRefuseADoubleBookingOfTheRoomAndListTheDaysBookings() {
        LocalDate day = LocalDate.of(2032, 1, 1).plusDays((long) (Math.random() * 3000));
        String nine = day.atTime(9, 0).atZone(STATION).toInstant().toString();
        String ten = day.atTime(10, 0).atZone(STATION).toInstant().toString();
        String nineThirty = day.atTime(9, 30).atZone(STATION).toInstant().toString();
        String eleven = day.atTime(11, 0).atZone(STATION).toInstant().toString();

        book(nine, ten, "司法所调解").then().statusCode(201);
        book(nineThirty, eleven, "派出所调解")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("司法所调解"));
        book(ten, eleven, "派出所调解").then().statusCode(201); // back to back is fine

        given().get("/api/mediation/room-bookings?day=" + day)
                .then()
                .statusCode(200)
                .body("purpose", contains("司法所调解", "派出所调解"));
        book(ten, nine, "反了").then().statusCode(400);
        given().get("/api/mediation/room-bookings?day=2024-13-01").then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "mediator", roles = "mediator")
    void shouldBookTheRoomForASessionAndRefuseASecondSessionAtTheSameTime() {
        LocalDate day = LocalDate.of(2040, 1, 1).plusDays((long) (Math.random() * 3000));
        String start = day.atTime(14, 0).atZone(STATION).toInstant().toString();
        String end = day.atTime(15, 0).atZone(STATION).toInstant().toString();
        String first = assigned();
        String second = assigned();
        String session = "{\"startsAt\":\"%s\",\"endsAt\":\"%s\",\"inRoom\":true}".formatted(start, end);

        DisputeFixtures.post(first, "sessions", session, 201);
        DisputeFixtures.post(second, "sessions", session, 409);

        given().get("/api/disputes/" + second).then().body("status", equalTo("ASSIGNED"));
        given().get("/api/mediation/room-bookings?day=" + day).then().body("size()", equalTo(1));
        given().get("/api/mediation/sessions?day=" + day).then().statusCode(200).body("disputeId", contains(first));
    }

    @Test
    void shouldRotateTheDutyLawyerByDayAndPassOverALawyerWithAConflict() {
        long a = registerLawyer(1);
        long b = registerLawyer(2);
        long c = registerLawyer(3);
        UUID party = UUID.randomUUID();
        declareConflict(a, "{\"kind\":\"RELATIVE\",\"residentId\":\"" + party + "\",\"note\":\"表弟\"}");
        declareConflict(b, "{\"kind\":\"FORMER_CLIENT\",\"name\":\"赵某\"}");

        given().get("/api/mediation/duty-rota?from=2030-01-01&days=6").then().statusCode(401);
        List<Integer> week = rota("2030-01-01", 6);
        // three lawyers in rota order take turns day by day
        assertThat(week).hasSize(6);
        assertThat(week.get(3)).isEqualTo(week.get(0));
        assertThat(List.of(week.get(0), week.get(1), week.get(2))).containsExactlyInAnyOrder((int) a, (int) b, (int) c);
        LocalDate dayOfA = LocalDate.parse("2030-01-01").plusDays(week.indexOf((int) a));

        // A is on duty that day but is a relative of a party; B acted for the other party: C takes the session
        String dispute = assignedAsMediator("[{\"side\":\"APPLICANT\",\"residentId\":\"" + party
                + "\"},{\"side\":\"RESPONDENT\",\"name\":\"赵某\"}]");
        String start = dayOfA.atTime(9, 0).atZone(STATION).toInstant().toString();
        String end = dayOfA.atTime(10, 0).atZone(STATION).toInstant().toString();
        Number lawyer = asMediator()
                .contentType(ContentType.JSON)
                .body("{\"startsAt\":\"%s\",\"endsAt\":\"%s\",\"withDutyLawyer\":true}".formatted(start, end))
                .post("/api/disputes/" + dispute + "/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("lawyerId");
        assertThat(lawyer.longValue()).isEqualTo(c);

        // naming A as the mediating lawyer is refused with the reason
        asMediator()
                .contentType(ContentType.JSON)
                .body("{\"kind\":\"DUTY_LAWYER\",\"lawyerId\":" + a + "}")
                .post("/api/disputes/" + dispute + "/assign")
                .then()
                .statusCode(409)
                .body("detail", containsString("relative"));
    }

    @Test
    void shouldLogAConsultationForTheDutyLawyerWithoutAConflictAndShowLawyersOnlyTheirOwn() {
        long a = registerLawyer(1);
        long b = registerLawyer(2);
        declareConflict(a, "{\"kind\":\"FORMER_CLIENT\",\"name\":\"钱某\"}");
        declareConflict(b, "{\"kind\":\"FORMER_CLIENT\",\"name\":\"钱某\"}");

        asMediator()
                .contentType(ContentType.JSON)
                .body("{\"askerName\":\"钱某\",\"topic\":\"租赁合同\",\"adviceSummary\":\"x\"}")
                .post("/api/mediation/consultations")
                .then()
                .statusCode(409)
                .body("detail", containsString("conflict of interest"));
        Number given = asMediator()
                .contentType(ContentType.JSON)
                .body("{\"askerName\":\"孙某\",\"askerContact\":\"13811112222\",\"topic\":\"劳动合同\","
                        + "\"adviceSummary\":\"可申请劳动仲裁\"}")
                .post("/api/mediation/consultations")
                .then()
                .statusCode(201)
                .body("askerContact", equalTo("138****2222"))
                .extract()
                .path("lawyerId");
        assertThat(given.longValue()).isIn(a, b);
    }

    private static RequestSpecification asMediator() {
        return given().auth().oauth2(KeycloakTokens.of("mediator"));
    }

    private static Response book(String from, String to, String purpose) {
        return given().contentType(ContentType.JSON)
                .body("{\"startsAt\":\"%s\",\"endsAt\":\"%s\",\"purpose\":\"%s\"}".formatted(from, to, purpose))
                .post("/api/mediation/room-bookings");
    }

    private static String assigned() {
        String id = DisputeFixtures.opened();
        DisputeFixtures.post(id, "accept", "{}", 200);
        DisputeFixtures.post(id, "assign", "{\"kind\":\"POLICE_MEDIATOR\"}", 200);
        return id;
    }

    private static String assignedAsMediator(String parties) {
        String id = asMediator()
                .contentType(ContentType.JSON)
                .body("{\"source\":\"WALK_IN\",\"type\":\"FAMILY\",\"community\":\"wanyuan\",\"summary\":\"家事\","
                        + "\"parties\":" + parties + "}")
                .post("/api/disputes")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        asMediator()
                .contentType(ContentType.JSON)
                .post("/api/disputes/" + id + "/accept")
                .then()
                .statusCode(200);
        asMediator()
                .contentType(ContentType.JSON)
                .body("{\"kind\":\"PEOPLES_MEDIATOR\"}")
                .post("/api/disputes/" + id + "/assign")
                .then()
                .statusCode(200);
        return id;
    }

    private static long registerLawyer(int order) {
        String username = "lawyer-" + UUID.randomUUID().toString().substring(0, 8);
        Number id = given().auth()
                .oauth2(KeycloakTokens.of("admin"))
                .contentType(ContentType.JSON)
                .body("{\"username\":\"%s\",\"name\":\"律师%d\",\"firm\":\"晋城律师事务所\",\"rotaOrder\":%d}"
                        .formatted(username, order, order))
                .post("/api/mediation/lawyers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return id.longValue();
    }

    private static void declareConflict(long lawyer, String body) {
        asMediator()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/mediation/lawyers/" + lawyer + "/conflicts")
                .then()
                .statusCode(201);
    }

    private static List<Integer> rota(String from, int days) {
        return asMediator()
                .get("/api/mediation/duty-rota?from=" + from + "&days=" + days)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("lawyerId");
    }
}
