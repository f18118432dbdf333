package cn.fengqiao.incident;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

import cn.fengqiao.incident.messaging.CoverageComputed;
import cn.fengqiao.incident.messaging.FindingReported;
import cn.fengqiao.incident.messaging.ShiftEnded;
import cn.fengqiao.incident.messaging.ShiftStarted;
import cn.fengqiao.infrastructure.inbox.ReceivedEvent;
import cn.fengqiao.infrastructure.testing.InboxEntries;
import cn.fengqiao.infrastructure.testing.TopicProbe;

/**
 * patrol-events as incident-service reads them: the producer's examples (contract), shifts that put
 * units on and off duty on the status board, and findings that become incidents, once each.
 */
@QuarkusTest
@TestSecurity(user = "officer", roles = "officer")
class PatrolEventsTest {

    static final Path PRODUCER = Path.of("../patrol-service/src/main/asyncapi");

    @Test
    void shouldReadTheProducersExamples() throws Exception {
        ShiftStarted started =
                read("patrol.shift-started.v1", ShiftStarted.TYPE).dataAs(ShiftStarted.class);
        assertThat(started.patrollerCode()).isEqualTo("auxiliary-07");
        assertThat(started.level()).isEqualTo("AUXILIARY");
        assertThat(started.endsAt()).isAfter(started.startsAt());
        ShiftEnded ended = read("patrol.shift-ended.v1", ShiftEnded.TYPE).dataAs(ShiftEnded.class);
        assertThat(ended.shiftId()).isEqualTo(started.shiftId());
        FindingReported finding =
                read("patrol.finding-reported.v1", FindingReported.TYPE).dataAs(FindingReported.class);
        assertThat(finding.source()).isEqualTo("VIDEO_PATROL");
        assertThat(finding.category()).isEqualTo("PUBLIC_ORDER");
        assertThat(finding.community()).isEqualTo("yihou");
        CoverageComputed coverage =
                read("patrol.coverage-computed.v1", CoverageComputed.TYPE).dataAs(CoverageComputed.class);
        assertThat(coverage.ratio()).isEqualTo(0.8497);
    }

    @Test
    void shouldPutAUnitOnDutyWhenItsShiftStartsAndTakeItOffWhenItEnds() {
        String unit = "patrol-" + UUID.randomUUID().toString().substring(0, 8);
        UUID shift = UUID.randomUUID();
        String startedEvent = TopicProbe.newEventId();
        double duplicatesBefore = InboxEntries.duplicates("patrol-events");

        send(startedEvent, ShiftStarted.TYPE, unit, started(shift, unit, "POLICE"));
        send(startedEvent, ShiftStarted.TYPE, unit, started(shift, unit, "POLICE"));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().get("/api/units/" + unit)
                        .then()
                        .statusCode(200)
                        .body("status", equalTo("AVAILABLE"))
                        .body("kind", equalTo("OFFICER"))
                        .body("community", equalTo("yihou")));

        send(TopicProbe.newEventId(), ShiftEnded.TYPE, unit, ended(shift, unit));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().get("/api/units/" + unit).then().body("status", equalTo("OFF_DUTY")));
        await().atMost(Duration.ofSeconds(30)).until(() -> InboxEntries.duplicates("patrol-events") > duplicatesBefore);
        assertThat(InboxEntries.applied("patrol-events", startedEvent)).isEqualTo(1);
    }

    @Test
    void shouldLetAUnitWhoseShiftEndedFinishItsIncidentAndGoOffDutyWhenReleased() {
        String unit = "patrol-" + UUID.randomUUID().toString().substring(0, 8);
        UUID shift = UUID.randomUUID();
        send(TopicProbe.newEventId(), ShiftStarted.TYPE, unit, started(shift, unit, "AUXILIARY"));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().get("/api/units/" + unit).then().body("status", equalTo("AVAILABLE")));
        String incident = IncidentLifecycleTest.report("yihou");
        IncidentLifecycleTest.post(incident, "dispatch", "{\"unitCodes\":[\"" + unit + "\"]}")
                .statusCode(200);

        send(TopicProbe.newEventId(), ShiftEnded.TYPE, unit, ended(shift, unit));
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> given().get("/api/units/" + unit).then().body("status", equalTo("DISPATCHED")));
        IncidentLifecycleTest.post(incident, "status", IncidentLifecycleTest.status("ON_SCENE"))
                .statusCode(200);
        IncidentLifecycleTest.post(incident, "status", IncidentLifecycleTest.status("HANDLED"))
                .statusCode(200);
        given().get("/api/units/" + unit).then().body("status", equalTo("OFF_DUTY"));
    }

    @Test
    void shouldOpenOneIncidentPerFindingWithThePatrolChannel() {
        String community = "p-" + UUID.randomUUID().toString().substring(0, 8);
        UUID finding = UUID.randomUUID();
        String data = """
                {"findingId":"%s","source":"VIDEO_PATROL","category":"PUBLIC_ORDER","summary":"停车场有人撬车",
                 "community":"%s","areaCode":"YH-03","addressText":"驿后商场北门探头 · 停车场","latitude":35.503,
                 "longitude":112.852,"cameraCode":"YH-CAM-01","preset":"停车场","clipRef":"clip://1",
                 "reportedBy":"auxiliary","reportedAt":"%s"}""".formatted(finding, community, Instant.now());
        send(TopicProbe.newEventId(), FindingReported.TYPE, finding.toString(), data);
        send(TopicProbe.newEventId(), FindingReported.TYPE, finding.toString(), data); // replayed under a new id

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().get("/api/incidents?community=" + community)
                        .then()
                        .statusCode(200)
                        .body("total", equalTo(1))
                        .body("items[0].channel", equalTo("VIDEO_PATROL"))
                        .body("items[0].category", equalTo("PUBLIC_ORDER")));
        String id = given().get("/api/incidents?community=" + community)
                .then()
                .extract()
                .path("items[0].id");
        given().get("/api/incidents/" + id)
                .then()
                .body("patrolFindingId", equalTo(finding.toString()))
                .body("addressText", equalTo("驿后商场北门探头 · 停车场"))
                .body("summary", org.hamcrest.Matchers.containsString("clip://1"));
        // the second delivery is applied by the inbox (a new event id) but opens nothing
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> given().get("/api/incidents?community=" + community)
                        .then()
                        .body("total", equalTo(1)));
    }

    @Test
    void shouldShowTheDaysPatrolCoverageInTheBriefing() {
        // a far-off day that, like the next, has no coverage yet: the test database keeps earlier runs' days
        LocalDate day;
        do {
            day = LocalDate.of(2090, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3000));
        } while (coverage(day) != null || coverage(day.plusDays(1)) != null);
        send(
                TopicProbe.newEventId(),
                CoverageComputed.TYPE,
                day.toString(),
                "{\"day\":\"%s\",\"areas\":30,\"plannedMinutes\":14160,\"actualMinutes\":12032,\"ratio\":0.8497}"
                        .formatted(day));

        LocalDate covered = day;
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().get("/api/briefings/" + covered)
                        .then()
                        .statusCode(200)
                        .body("patrolCoverage.areas", equalTo(30))
                        .body("patrolCoverage.actualMinutes", equalTo(12032))
                        .body("patrolCoverage.ratio", equalTo(0.8497f)));
        assertThat(coverage(day.plusDays(1))).as("the next day's coverage").isNull();
    }

    private static Object coverage(LocalDate day) {
        return given().get("/api/briefings/" + day)
                .then()
                .statusCode(200)
                .extract()
                .path("patrolCoverage");
    }

    private static String started(UUID shift, String unit, String level) {
        Instant now = Instant.now();
        return """
                {"shiftId":"%s","planId":"%s","patrollerCode":"%s","patrollerName":"巡逻 %s","level":"%s",
                 "community":"yihou","sector":null,"areaCode":"YH-03","startsAt":"%s","endsAt":"%s"}""".formatted(
                        shift, UUID.randomUUID(), unit, unit, level, now.minusSeconds(60), now.plusSeconds(8 * 3600));
    }

    private static String ended(UUID shift, String unit) {
        return "{\"shiftId\":\"%s\",\"planId\":\"%s\",\"patrollerCode\":\"%s\",\"endsAt\":\"%s\"}"
                .formatted(shift, UUID.randomUUID(), unit, Instant.now());
    }

    private static void send(String eventId, String type, String key, String data) {
        TopicProbe.sendCloudEvent("patrol-events", eventId, type, key, data);
    }

    private static ReceivedEvent read(String name, String type) throws Exception {
        return new ReceivedEvent(
                "e", type, "/patrol-service", null, null, Files.readString(PRODUCER.resolve(name + ".example.json")));
    }
}
