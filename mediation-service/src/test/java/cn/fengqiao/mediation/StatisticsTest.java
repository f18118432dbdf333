package cn.fengqiao.mediation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;

import cn.fengqiao.mediation.domain.Dispute;
import cn.fengqiao.mediation.domain.DisputeSource;
import cn.fengqiao.mediation.domain.DisputeStatus;
import cn.fengqiao.mediation.domain.DisputeType;
import cn.fengqiao.mediation.domain.FollowUp;
import cn.fengqiao.mediation.domain.FollowUpOutcome;
import cn.fengqiao.mediation.domain.FollowUpStatus;
import cn.fengqiao.mediation.domain.RiskGrade;
import cn.fengqiao.mediation.domain.Satisfaction;
import cn.fengqiao.mediation.domain.WarningLevel;

/**
 * The statistics on generated data, checked against answers computed here independently from the
 * generated list (not from the database). A community of its own keeps other tests' disputes out.
 */
@QuarkusTest
@TestSecurity(user = "commander", roles = "commander")
class StatisticsTest {

    static final ZoneId STATION = ZoneId.of("Asia/Shanghai");
    static final int YEAR = 2019;

    record Generated(
            DisputeType type,
            String month,
            Instant screenedAt,
            boolean accepted,
            boolean mediated,
            boolean succeeded,
            boolean failed,
            boolean referred,
            double daysToSettle,
            int followUpsDone,
            int recurrences) {}

    @Test
    void shouldCountEveryFigurePerTypeAndMonthAsComputedIndependently() {
        String community = "s-" + UUID.randomUUID().toString().substring(0, 10);
        Random random = new Random(20231231);
        List<Generated> generated = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            generated.add(generate(random));
        }
        // one dispute on the last evening of the year in Shanghai (UTC is still the 31st): it counts in December
        generated.add(new Generated(
                DisputeType.FAMILY,
                "2019-12",
                LocalDateTime.of(2019, 12, 31, 23, 30).atZone(STATION).toInstant(),
                false,
                false,
                false,
                false,
                false,
                0,
                0,
                0));
        QuarkusTransaction.requiringNew().run(() -> generated.forEach(g -> store(community, g)));

        JsonPath answer = given().get("/api/mediation/statistics?year=" + YEAR + "&community=" + community)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        Map<String, List<Generated>> groups =
                generated.stream().collect(Collectors.groupingBy(g -> g.type() + "|" + g.month()));
        List<Map<String, Object>> rows = answer.getList("rows");
        assertThat(rows).hasSize(groups.size());
        for (Map<String, Object> row : rows) {
            List<Generated> group = groups.get(row.get("type") + "|" + row.get("month"));
            assertThat(group).as("a row for " + row).isNotNull();
            assertThat(row.get("community")).isEqualTo(community);
            assertFigures(row, group);
        }
        assertFigures(answer.getMap("total"), generated);
        assertThat(answer.getInt("total.screened")).isEqualTo(301);
    }

    @Test
    void shouldRefuseAnImpossibleYear() {
        given().get("/api/mediation/statistics?year=99999").then().statusCode(400);
    }

    private static void assertFigures(Map<String, Object> row, List<Generated> group) {
        long screened = group.size();
        long mediated = group.stream().filter(Generated::mediated).count();
        long succeeded = group.stream().filter(Generated::succeeded).count();
        assertThat(((Number) row.get("screened")).longValue()).isEqualTo(screened);
        assertThat(((Number) row.get("accepted")).longValue())
                .isEqualTo(group.stream().filter(Generated::accepted).count());
        assertThat(((Number) row.get("mediated")).longValue()).isEqualTo(mediated);
        assertThat(((Number) row.get("succeeded")).longValue()).isEqualTo(succeeded);
        assertThat(((Number) row.get("failed")).longValue())
                .isEqualTo(group.stream().filter(Generated::failed).count());
        assertThat(((Number) row.get("referred")).longValue())
                .isEqualTo(group.stream().filter(Generated::referred).count());
        assertThat(((Number) row.get("followUpsDone")).longValue())
                .isEqualTo(group.stream().mapToLong(Generated::followUpsDone).sum());
        assertThat(((Number) row.get("recurrences")).longValue())
                .isEqualTo(group.stream().mapToLong(Generated::recurrences).sum());
        assertThat(((Number) row.get("mediationRate")).doubleValue())
                .isCloseTo((double) mediated / screened, within(0.00006));
        if (mediated == 0) {
            assertThat(row.get("successRate")).isNull();
        } else {
            assertThat(((Number) row.get("successRate")).doubleValue())
                    .isCloseTo((double) succeeded / mediated, within(0.00006));
        }
        if (succeeded == 0) {
            assertThat(row.get("averageDaysToSettle")).isNull();
        } else {
            double average = group.stream()
                    .filter(Generated::succeeded)
                    .mapToDouble(Generated::daysToSettle)
                    .average()
                    .orElseThrow();
            assertThat(((Number) row.get("averageDaysToSettle")).doubleValue()).isCloseTo(average, within(0.051));
        }
    }

    private static Generated generate(Random random) {
        DisputeType type = DisputeType.values()[random.nextInt(3)]; // few types, so groups have several
        LocalDate day = LocalDate.of(YEAR, 1 + random.nextInt(12), 1 + random.nextInt(28));
        Instant screenedAt = day.atTime(8 + random.nextInt(12), random.nextInt(60))
                .atZone(STATION)
                .toInstant();
        boolean accepted = random.nextInt(10) < 8;
        boolean mediated = accepted && random.nextInt(10) < 8;
        boolean succeeded = mediated && random.nextInt(10) < 7;
        boolean failed = mediated && !succeeded;
        boolean referred = (accepted && !mediated && random.nextBoolean()) || (failed && random.nextBoolean());
        double days = succeeded ? 1 + random.nextInt(40) + random.nextInt(24) / 24.0 : 0;
        int done = succeeded ? random.nextInt(3) : 0;
        int recurred = done > 0 && random.nextInt(5) == 0 ? 1 : 0;
        return new Generated(
                type,
                "%d-%02d".formatted(YEAR, day.getMonthValue()),
                screenedAt,
                accepted,
                mediated,
                succeeded,
                failed,
                referred,
                days,
                done,
                recurred);
    }

    private static void store(String community, Generated g) {
        Dispute d = new Dispute();
        d.id = UUID.randomUUID();
        d.number = "ST" + d.id.toString().substring(0, 13);
        d.source = DisputeSource.SCREENING;
        d.type = g.type();
        d.community = community;
        d.riskGrade = RiskGrade.LOW;
        d.warningLevel = WarningLevel.BLUE;
        d.summary = "generated";
        d.screenedAt = g.screenedAt();
        d.screenedBy = "statistics-test";
        d.acceptDue = g.screenedAt().plus(Duration.ofDays(3));
        d.acceptedAt = g.accepted() ? g.screenedAt().plus(Duration.ofHours(20)) : null;
        d.mediationStartedAt = g.mediated() ? g.screenedAt().plus(Duration.ofDays(1)) : null;
        d.agreementSignedAt = g.succeeded() ? g.screenedAt().plusSeconds(Math.round(g.daysToSettle() * 86400)) : null;
        d.failedAt = g.failed() ? g.screenedAt().plus(Duration.ofDays(10)) : null;
        d.referredAt = g.referred() ? g.screenedAt().plus(Duration.ofDays(12)) : null;
        d.status = g.referred()
                ? DisputeStatus.REFERRED
                : g.succeeded() ? DisputeStatus.FOLLOW_UP : g.failed() ? DisputeStatus.FAILED : DisputeStatus.SCREENED;
        d.persist();
        for (int i = 0; i < g.followUpsDone(); i++) {
            FollowUp visit = new FollowUp();
            visit.disputeId = d.id;
            visit.daysAfter = i == 0 ? 7 : 30;
            visit.dueOn = LocalDate.ofInstant(d.agreementSignedAt, STATION).plusDays(visit.daysAfter);
            visit.status = FollowUpStatus.DONE;
            visit.outcome = i == 0 && g.recurrences() > 0 ? FollowUpOutcome.RECURRED : FollowUpOutcome.STABLE;
            visit.satisfaction = Satisfaction.SATISFIED;
            visit.persist();
        }
        // a pending visit is not a visit done
        if (g.succeeded()) {
            FollowUp pending = new FollowUp();
            pending.disputeId = d.id;
            pending.daysAfter = 30;
            pending.dueOn = LocalDate.ofInstant(d.agreementSignedAt, STATION).plusDays(30);
            pending.status = FollowUpStatus.PENDING;
            pending.persist();
        }
    }
}
