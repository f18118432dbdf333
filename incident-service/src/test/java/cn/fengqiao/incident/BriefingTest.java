package cn.fengqiao.incident;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;

import cn.fengqiao.incident.domain.Callback;
import cn.fengqiao.incident.domain.Channel;
import cn.fengqiao.incident.domain.Incident;
import cn.fengqiao.incident.domain.IncidentCategory;
import cn.fengqiao.incident.domain.IncidentStatus;
import cn.fengqiao.incident.domain.Priority;
import cn.fengqiao.incident.domain.Satisfaction;

/**
 * The daily briefing on a generated data set in a community of its own, checked against answers the
 * test computes itself from the records it wrote (real PostgreSQL).
 */
@QuarkusTest
class BriefingTest {

    static final ZoneId STATION = ZoneId.of("Asia/Shanghai");
    static final String[] ADDRESSES = {"新华巷 3 号", "驿后商场", "万苑 12 号院", "公交站", "菜市场"};

    record Generated(
            Instant reportedAt,
            IncidentCategory category,
            String address,
            String grid,
            Long toDispatch,
            Long toScene,
            Long toClose,
            Satisfaction rated) {}

    @Test
    @TestSecurity(user = "commander", roles = "commander")
    void shouldBriefOnADayWithFiguresComputedIndependently() {
        String community = "brief-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate day = LocalDate.of(2024, 7, 3);
        Random random = new Random(20240703);
        List<Generated> dayIncidents = new ArrayList<>();
        List<Generated> all = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            Instant at = day.atStartOfDay(STATION).toInstant().plusSeconds(random.nextInt(86_400));
            boolean dispatched = random.nextInt(10) > 0;
            boolean onScene = dispatched && random.nextInt(10) > 1;
            boolean closed = onScene && random.nextInt(10) > 2;
            Generated g = new Generated(
                    at,
                    IncidentCategory.values()[random.nextInt(6)],
                    ADDRESSES[random.nextInt(ADDRESSES.length)],
                    "G" + random.nextInt(4),
                    dispatched ? 30L + random.nextInt(300) : null,
                    onScene ? 400L + random.nextInt(900) : null,
                    closed ? 2_000L + random.nextInt(5_000) : null,
                    closed && random.nextBoolean() ? Satisfaction.values()[random.nextInt(3)] : null);
            dayIncidents.add(g);
        }
        all.addAll(dayIncidents);
        // The 29 days before: a few incidents at two addresses make them repeat addresses with the day's.
        for (int i = 1; i <= 3; i++) {
            all.add(new Generated(
                    day.minusDays(i * 9L).atStartOfDay(STATION).toInstant().plusSeconds(3_600),
                    IncidentCategory.DISPUTE,
                    "老街 8 号",
                    null,
                    null,
                    null,
                    null,
                    null));
        }
        all.add(new Generated(
                day.minusDays(1).atStartOfDay(STATION).toInstant().plusSeconds(7_200),
                IncidentCategory.HELP,
                "老街 9 号",
                null,
                null,
                null,
                null,
                null));
        all.add(new Generated(
                day.minusDays(1).atStartOfDay(STATION).toInstant().plusSeconds(9_000),
                IncidentCategory.HELP,
                "老街 9 号",
                null,
                null,
                null,
                null,
                null));
        all.add(new Generated(
                day.minusDays(31).atStartOfDay(STATION).toInstant(),
                IncidentCategory.HELP,
                "老街 9 号",
                null,
                null,
                null,
                null,
                null));
        all.add(new Generated(
                day.minusYears(1).atStartOfDay(STATION).toInstant().plusSeconds(100),
                IncidentCategory.TRAFFIC,
                null,
                null,
                null,
                null,
                null,
                null));
        write(community, all);

        JsonPath briefing = given().queryParam("community", community)
                .get("/api/briefings/" + day)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(briefing.getLong("incidents")).isEqualTo(dayIncidents.size());
        Map<String, Long> byCategory = dayIncidents.stream()
                .collect(Collectors.groupingBy(g -> g.category().name(), Collectors.counting()));
        assertThat(briefing.getMap("byCategory", String.class, Long.class)).isEqualTo(byCategory);
        long[] byHour = new long[24];
        dayIncidents.forEach(g -> byHour[g.reportedAt().atZone(STATION).getHour()]++);
        assertThat(briefing.getList("byHour", Long.class))
                .containsExactly(java.util.Arrays.stream(byHour).boxed().toArray(Long[]::new));

        Map<String, Long> perAddress =
                dayIncidents.stream().collect(Collectors.groupingBy(Generated::address, Collectors.counting()));
        String topAddress = perAddress.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow()
                .getKey();
        assertThat(briefing.getString("topAddresses[0].place")).isEqualTo(topAddress);
        assertThat(briefing.getLong("topAddresses[0].incidents")).isEqualTo(perAddress.get(topAddress));
        assertThat(briefing.getList("topGrids.place")).hasSize(4);

        // Repeat addresses: 3 or more in the 30 days ending on the day.
        Map<String, Long> window = all.stream()
                .filter(g -> g.address() != null)
                .filter(g -> !g.reportedAt()
                        .isBefore(day.minusDays(29).atStartOfDay(STATION).toInstant()))
                .filter(g -> g.reportedAt()
                        .isBefore(day.plusDays(1).atStartOfDay(STATION).toInstant()))
                .collect(Collectors.groupingBy(Generated::address, Collectors.counting()));
        List<String> repeats = window.entrySet().stream()
                .filter(e -> e.getValue() >= 3)
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
        assertThat(briefing.getList("repeatAddresses.place", String.class))
                .containsExactlyInAnyOrderElementsOf(repeats);
        assertThat(repeats).contains("老街 8 号").doesNotContain("老街 9 号");

        assertThat(briefing.getDouble("responseTimes.dispatchP50"))
                .isCloseTo(
                        percentile(
                                dayIncidents.stream().map(Generated::toDispatch).toList(), 0.5),
                        within(0.11));
        assertThat(briefing.getDouble("responseTimes.sceneP90"))
                .isCloseTo(
                        percentile(dayIncidents.stream().map(Generated::toScene).toList(), 0.9), within(0.11));
        assertThat(briefing.getDouble("responseTimes.closeP50"))
                .isCloseTo(
                        percentile(dayIncidents.stream().map(Generated::toClose).toList(), 0.5), within(0.11));

        List<Satisfaction> ratings = dayIncidents.stream()
                .map(Generated::rated)
                .filter(r -> r != null)
                .toList();
        assertThat(briefing.getLong("callbacks.done")).isEqualTo(ratings.size());
        long pleased =
                ratings.stream().filter(r -> r != Satisfaction.DISSATISFIED).count();
        assertThat(briefing.getDouble("callbacks.satisfactionRate"))
                .isCloseTo(pleased / (double) ratings.size(), within(1e-6));

        assertThat(briefing.getLong("comparison.incidentsPreviousDay")).isEqualTo(2);
        assertThat(briefing.getLong("comparison.incidentsSameDayLastYear")).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "officer-yihou", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "community", value = "yihou"))
    void shouldKeepACommunityOfficerToTheirCommunity() {
        given().get("/api/briefings/2024-07-03")
                .then()
                .statusCode(200)
                .body("community", org.hamcrest.Matchers.equalTo("yihou"));
        given().queryParam("community", "wanyuan")
                .get("/api/briefings/2024-07-03")
                .then()
                .statusCode(403);
        given().get("/api/briefings/yesterday").then().statusCode(400);
    }

    /** Linear interpolation between closest ranks, as PostgreSQL's percentile_cont. */
    static double percentile(List<Long> values, double fraction) {
        List<Long> sorted = values.stream().filter(v -> v != null).sorted().toList();
        double rank = fraction * (sorted.size() - 1);
        int low = (int) Math.floor(rank);
        int high = (int) Math.ceil(rank);
        return sorted.get(low) + (rank - low) * (sorted.get(high) - sorted.get(low));
    }

    private static void write(String community, List<Generated> incidents) {
        Map<String, Integer> perDay = new HashMap<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (Generated g : incidents) {
                Incident i = new Incident();
                i.id = UUID.randomUUID();
                i.number = "BRIEF-" + i.id;
                i.channel = Channel.CALL_110;
                i.category = g.category();
                i.priority = Priority.NORMAL;
                i.summary = "generated";
                i.community = community;
                i.addressText = g.address();
                i.grid = g.grid();
                i.reportedAt = g.reportedAt();
                i.reportedBy = "generator";
                i.dispatchedAt = g.toDispatch() == null ? null : g.reportedAt().plusSeconds(g.toDispatch());
                i.onSceneAt = g.toScene() == null ? null : g.reportedAt().plusSeconds(g.toScene());
                i.closedAt = g.toClose() == null ? null : g.reportedAt().plusSeconds(g.toClose());
                i.status = i.closedAt != null
                        ? IncidentStatus.CLOSED
                        : i.onSceneAt != null
                                ? IncidentStatus.ON_SCENE
                                : i.dispatchedAt != null ? IncidentStatus.DISPATCHED : IncidentStatus.RECEIVED;
                i.persist();
                if (g.rated() != null) {
                    Callback c = new Callback();
                    c.incidentId = i.id;
                    c.dueAt = i.closedAt.plusSeconds(86_400);
                    c.status = Callback.Status.DONE;
                    c.reached = true;
                    c.satisfaction = g.rated();
                    c.channel = Callback.Channel.PHONE;
                    c.recordedAt = g.reportedAt(); // same day, so it counts for the day
                    c.recordedBy = "generator";
                    c.persist();
                }
            }
        });
    }
}
