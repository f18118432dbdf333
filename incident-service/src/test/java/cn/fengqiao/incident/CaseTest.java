package cn.fengqiao.incident;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import cn.fengqiao.incident.domain.CaseKind;
import cn.fengqiao.incident.domain.CaseStatus;
import cn.fengqiao.incident.domain.CaseSuspect;
import cn.fengqiao.incident.domain.CaseType;
import cn.fengqiao.incident.domain.PoliceCase;
import cn.fengqiao.incident.messaging.IncidentTopics;
import cn.fengqiao.infrastructure.audit.AuditEntry;
import cn.fengqiao.infrastructure.testing.TopicProbe;

/** Cases against the real PostgreSQL and Kafka; the caller is set with @TestSecurity. */
@QuarkusTest
class CaseTest {

    static final ZoneId STATION = ZoneId.of("Asia/Shanghai");
    static final AtomicInteger SEQUENCE = new AtomicInteger();

    static String escalate(String incidentId, String body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/incidents/" + incidentId + "/escalate")
                .then()
                .statusCode(201)
                .header("Location", matchesPattern(".*/api/cases/[0-9a-f-]{36}"))
                .body("number", matchesPattern("AJ\\d{8}-\\d{4,}"))
                .body("status", equalTo("OPEN"))
                .extract()
                .path("id");
    }

    @Test
    @TestSecurity(user = "officer", roles = "officer")
    void shouldEscalateAnIncidentOnceAndWorkTheCaseToSolvedAndClosed() {
        String incident = IncidentLifecycleTest.report("yihou");
        String caseId;
        try (TopicProbe probe = TopicProbe.fromNow(IncidentTopics.INCIDENT_EVENTS)) {
            caseId = escalate(incident, "{\"kind\":\"CRIMINAL\",\"type\":\"THEFT\",\"title\":\"商场门口电动车被盗\"}");
            given().contentType(ContentType.JSON)
                    .body("{\"kind\":\"CRIMINAL\",\"type\":\"THEFT\"}")
                    .post("/api/incidents/" + incident + "/escalate")
                    .then()
                    .statusCode(409);

            int suspect = given().contentType(ContentType.JSON)
                    .body("{\"description\":\"男，30岁左右，黑色外套\"}")
                    .post("/api/cases/" + caseId + "/suspects")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            given().contentType(ContentType.JSON)
                    .body("{}")
                    .post("/api/cases/" + caseId + "/suspects")
                    .then()
                    .statusCode(400);
            given().contentType(ContentType.JSON)
                    .body("{}")
                    .post("/api/cases/" + caseId + "/suspects/" + suspect + "/caught")
                    .then()
                    .statusCode(200)
                    .body("caughtBy", equalTo("officer"));
            given().contentType(ContentType.JSON)
                    .body("{}")
                    .post("/api/cases/" + caseId + "/suspects/" + suspect + "/caught")
                    .then()
                    .statusCode(409);
            given().contentType(ContentType.JSON)
                    .body("{\"members\":[\"officer\",\"officer-07\"],\"lead\":\"officer-07\"}")
                    .put("/api/cases/" + caseId + "/members")
                    .then()
                    .statusCode(200)
                    .body("find { it.lead }.member", equalTo("officer-07"));

            given().post("/api/cases/" + caseId + "/solve")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("SOLVED"));
            given().post("/api/cases/" + caseId + "/solve").then().statusCode(409);
            given().post("/api/cases/" + caseId + "/close")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("CLOSED"));
            given().contentType(ContentType.JSON)
                    .body("{\"description\":\"late\"}")
                    .post("/api/cases/" + caseId + "/suspects")
                    .then()
                    .statusCode(409);

            String id = caseId;
            assertThat(probe.collect(r -> id.equals(r.key()), Duration.ofSeconds(4)))
                    .extracting(r -> TopicProbe.header(r, "ce_type"))
                    .containsExactly("cn.fengqiao.case.opened.v1", "cn.fengqiao.case.solved.v1");
        }

        String number = given().get("/api/cases/" + caseId)
                .then()
                .statusCode(200)
                .body("summary.incidentId", equalTo(incident))
                .body("suspects.description", contains("男，30岁左右，黑色外套"))
                .extract()
                .path("summary.number");
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() ->
                                AuditEntry.count("subject = ?1 AND action = ?2", "case/" + number, "read suspects")))
                .isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "officer", roles = "officer")
    void shouldNotMakeACaseOfACancelledIncident() {
        String incident = IncidentLifecycleTest.report("yihou");
        IncidentLifecycleTest.post(incident, "cancel", "{\"reason\":\"误报\"}").statusCode(200);
        given().contentType(ContentType.JSON)
                .body("{\"kind\":\"PUBLIC_ORDER\",\"type\":\"GAMBLING\"}")
                .post("/api/incidents/" + incident + "/escalate")
                .then()
                .statusCode(409);
    }

    @Test
    @TestSecurity(user = "auxiliary", roles = "auxiliary")
    void shouldKeepCasesFromAnAuxiliary() {
        String incident = IncidentLifecycleTest.report("yihou");
        given().contentType(ContentType.JSON)
                .body("{\"kind\":\"CRIMINAL\",\"type\":\"THEFT\"}")
                .post("/api/incidents/" + incident + "/escalate")
                .then()
                .statusCode(403);
        given().get("/api/cases").then().statusCode(403);
        given().get("/api/cases/statistics?from=2023-01-01&to=2023-12-31")
                .then()
                .statusCode(403);
    }

    /**
     * The article's figures, on data written straight into the database: 2023 had 36 criminal cases
     * solved, 59 suspects and 67 fugitives caught; January to June 2024 opened 12 prostitution, 13
     * gambling, 9 drug use, 2 drug selling and 2 gambling-den cases. Noise outside the periods and of
     * other kinds must not count. Counted as the change over what the database held before.
     */
    @Test
    @TestSecurity(user = "commander", roles = "commander")
    void shouldReproduceTheArticlesFiguresFromTheRecords() {
        JsonPath before2023 = statistics("2023-01-01", "2023-12-31");
        JsonPath beforeHalf2024 = statistics("2024-01-01", "2024-06-30");

        QuarkusTransaction.requiringNew().run(() -> {
            Instant in2023 = LocalDate.of(2023, 5, 10).atStartOfDay(STATION).toInstant();
            Instant in2022 =
                    LocalDate.of(2022, 12, 31).atTime(23, 59).atZone(STATION).toInstant();
            Instant in2024 = LocalDate.of(2024, 3, 1).atStartOfDay(STATION).toInstant();
            for (int i = 0; i < 36; i++) {
                PoliceCase solved = policeCase(CaseKind.CRIMINAL, CaseType.THEFT, in2023, in2023.plusSeconds(i));
                suspect(solved, false, i < 20 ? in2023 : null);
            }
            policeCase(CaseKind.CRIMINAL, CaseType.FRAUD, in2023, null); // unsolved
            policeCase(CaseKind.CRIMINAL, CaseType.FRAUD, in2022, in2022); // solved the year before
            PoliceCase publicOrder = policeCase(CaseKind.PUBLIC_ORDER, CaseType.GAMBLING, in2023, in2023);
            for (int i = 0; i < 39; i++) {
                suspect(publicOrder, false, in2023);
            }
            for (int i = 0; i < 67; i++) {
                suspect(publicOrder, true, in2023.plusSeconds(60 + i));
            }
            suspect(publicOrder, true, in2024); // a fugitive caught in 2024
            suspect(publicOrder, false, in2022);
            Map<CaseType, Integer> halfYear = Map.of(
                    CaseType.PROSTITUTION,
                    12,
                    CaseType.GAMBLING,
                    13,
                    CaseType.DRUG_USE,
                    9,
                    CaseType.DRUG_SELLING,
                    2,
                    CaseType.GAMBLING_DEN,
                    2);
            halfYear.forEach((type, count) -> {
                for (int i = 0; i < count; i++) {
                    policeCase(CaseKind.PUBLIC_ORDER, type, in2024.plusSeconds(i), null);
                }
            });
            policeCase(
                    CaseKind.PUBLIC_ORDER,
                    CaseType.GAMBLING,
                    LocalDate.of(2024, 7, 1).atStartOfDay(STATION).toInstant(),
                    null);
        });

        JsonPath after2023 = statistics("2023-01-01", "2023-12-31");
        assertThat(after2023.getLong("criminalCasesSolved") - before2023.getLong("criminalCasesSolved"))
                .isEqualTo(36);
        assertThat(after2023.getLong("publicOrderCasesSolved") - before2023.getLong("publicOrderCasesSolved"))
                .isEqualTo(1);
        assertThat(after2023.getLong("suspectsCaught") - before2023.getLong("suspectsCaught"))
                .isEqualTo(59);
        assertThat(after2023.getLong("fugitivesCaught") - before2023.getLong("fugitivesCaught"))
                .isEqualTo(67);

        JsonPath afterHalf2024 = statistics("2024-01-01", "2024-06-30");
        for (var expected : Map.of(
                        "PROSTITUTION", 12, "GAMBLING", 13, "DRUG_USE", 9, "DRUG_SELLING", 2, "GAMBLING_DEN", 2)
                .entrySet()) {
            String path = "casesOpenedByType." + expected.getKey();
            assertThat(afterHalf2024.getLong(path) - beforeHalf2024.getLong(path))
                    .as(expected.getKey())
                    .isEqualTo(expected.getValue().longValue());
        }
        assertThat(afterHalf2024.getLong("fugitivesCaught") - beforeHalf2024.getLong("fugitivesCaught"))
                .isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "commander", roles = "commander")
    void shouldAnswerBadPeriodsWithProblemJson() {
        given().get("/api/cases/statistics?from=2023-13-01&to=2023-12-31")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("from"));
        given().get("/api/cases/statistics?from=2023-12-31&to=2023-01-01")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("to"));
        given().get("/api/cases/statistics?to=2023-01-01")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("from"));
    }

    private static JsonPath statistics(String from, String to) {
        return given().queryParam("from", from)
                .queryParam("to", to)
                .get("/api/cases/statistics")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static PoliceCase policeCase(CaseKind kind, CaseType type, Instant openedAt, Instant solvedAt) {
        PoliceCase c = new PoliceCase();
        c.id = UUID.randomUUID();
        c.number = "AJTEST-" + UUID.randomUUID();
        c.kind = kind;
        c.type = type;
        c.title = "generated";
        c.community = "wanyuan";
        c.status = solvedAt == null ? CaseStatus.OPEN : CaseStatus.SOLVED;
        c.openedAt = openedAt;
        c.openedBy = "generator";
        c.solvedAt = solvedAt;
        c.persist();
        return c;
    }

    private static void suspect(PoliceCase c, boolean fugitive, Instant caughtAt) {
        CaseSuspect s = new CaseSuspect();
        s.caseId = c.id;
        s.description = "generated " + SEQUENCE.incrementAndGet();
        s.fugitive = fugitive;
        s.caughtAt = caughtAt;
        s.caughtBy = caughtAt == null ? null : "generator";
        s.persist();
    }
}
