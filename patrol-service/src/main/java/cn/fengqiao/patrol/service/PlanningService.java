package cn.fengqiao.patrol.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;

import cn.fengqiao.infrastructure.outbox.Outbox;
import cn.fengqiao.infrastructure.problem.Bilingual;
import cn.fengqiao.infrastructure.problem.IfMatch;
import cn.fengqiao.infrastructure.problem.ProblemException;
import cn.fengqiao.infrastructure.security.Caller;
import cn.fengqiao.infrastructure.time.ClockProducer;
import cn.fengqiao.patrol.config.PatrolRules;
import cn.fengqiao.patrol.config.StationGrid;
import cn.fengqiao.patrol.domain.HeatModel;
import cn.fengqiao.patrol.domain.KeySite;
import cn.fengqiao.patrol.domain.PatrolArea;
import cn.fengqiao.patrol.domain.PatrolPlan;
import cn.fengqiao.patrol.domain.Patroller;
import cn.fengqiao.patrol.domain.PatrollerLeave;
import cn.fengqiao.patrol.domain.PlanShift;
import cn.fengqiao.patrol.domain.PlanStatus;
import cn.fengqiao.patrol.domain.Squad;
import cn.fengqiao.patrol.domain.planning.Duty;
import cn.fengqiao.patrol.domain.planning.KoperRoutes;
import cn.fengqiao.patrol.domain.planning.PatrolPlanner;
import cn.fengqiao.patrol.domain.planning.PatrolSlot;
import cn.fengqiao.patrol.domain.planning.PlanFindings;
import cn.fengqiao.patrol.domain.planning.PlanInput;
import cn.fengqiao.patrol.messaging.PatrolTopics;
import cn.fengqiao.patrol.messaging.PlanPublished;

/**
 * Plans from request to publication. A request is checked and stored at once; the solver works on
 * one plan at a time in the background (two cores: a second solver would only slow the first), and
 * stores the shifts, the score, the greedy baseline and the findings. Publishing needs a plan that
 * breaks no hard rule and overlaps no other published plan.
 */
@ApplicationScoped
public class PlanningService {

    private static final Logger LOG = Logger.getLogger(PlanningService.class);
    static final int MAX_DAYS = 31;

    @Inject
    PatrolRules rules;

    @Inject
    StationGrid grid;

    @Inject
    HotSpotService hotSpots;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    ObjectMapper json;

    private final ExecutorService solverThread = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "patrol-solver");
        thread.setDaemon(true);
        return thread;
    });

    @PreDestroy
    void stop() {
        solverThread.shutdownNow();
    }

    /** Checks and stores a plan request; {@link #solveLater} then starts the solver. */
    @Transactional
    public PatrolPlan request(LocalDate from, LocalDate to, Long seed) {
        if (from == null) {
            throw ProblemException.badRequest("from", Bilingual.of("is required (yyyy-MM-dd)", "为必填项（yyyy-MM-dd）"));
        }
        if (to == null) {
            throw ProblemException.badRequest("to", Bilingual.of("is required (yyyy-MM-dd)", "为必填项（yyyy-MM-dd）"));
        }
        if (to.isBefore(from)) {
            throw ProblemException.badRequest("to", Bilingual.of("must not be before from", "不得早于 from"));
        }
        if (to.toEpochDay() - from.toEpochDay() + 1 > MAX_DAYS) {
            throw ProblemException.badRequest("to", "a plan covers a day to a month (at most " + MAX_DAYS + " days)");
        }
        if (PatrolArea.count() == 0) {
            throw ProblemException.conflict(Bilingual.of("There are no patrol areas to plan for yet", "尚无可排班的巡逻区域"));
        }
        List<String> outOfReach = keySitesOutOfReach();
        if (!outOfReach.isEmpty()) {
            throw ProblemException.conflict("Key sites beyond the " + rules.keySiteMinutes()
                    + "-minute circle of their vehicle sector: " + String.join("; ", outOfReach)
                    + ". Split the sector or move the site to another one.");
        }
        PatrolPlan plan = new PatrolPlan();
        plan.id = UUID.randomUUID();
        plan.periodFrom = from;
        plan.periodTo = to;
        plan.status = PlanStatus.SOLVING;
        plan.seed = seed == null ? 20240703L : seed;
        plan.createdAt = clock.instant();
        plan.createdBy = caller.name();
        plan.persist();
        return plan;
    }

    /** Queues the solver for a stored request; runs after the request's transaction committed. */
    public void solveLater(UUID planId) {
        solverThread.submit(() -> solve(planId));
    }

    void solve(UUID planId) {
        try {
            PatrolPlan request = QuarkusTransaction.requiringNew().call(() -> PatrolPlan.findById(planId));
            PlanInput input = QuarkusTransaction.requiringNew().call(() -> input(request.periodFrom, request.periodTo));
            PatrolPlanner.Result result = PatrolPlanner.solve(
                    input,
                    request.seed,
                    new PatrolPlanner.Budget(
                            rules.solver().scoreCalculations(), rules.solver().secondsLimit()));
            QuarkusTransaction.requiringNew().run(() -> store(planId, input, result));
        } catch (RuntimeException e) {
            LOG.errorf(e, "plan %s could not be solved", planId);
            QuarkusTransaction.requiringNew().run(() -> {
                PatrolPlan plan = PatrolPlan.findById(planId);
                if (plan != null) {
                    plan.status = PlanStatus.FAILED;
                    plan.failure = e.getClass().getSimpleName() + ": " + e.getMessage();
                }
            });
        }
    }

    private void store(UUID planId, PlanInput input, PatrolPlanner.Result result) {
        PatrolPlan plan = PatrolPlan.findById(planId);
        LocalDateTime base = input.from().atStartOfDay();
        Map<String, KoperRoutes.Route> routes = new HashMap<>();
        for (PatrolSlot slot : result.plan().getSlots()) {
            if (!slot.isFilled()) {
                continue;
            }
            KoperRoutes.Route route = slot.isOnFoot()
                    ? KoperRoutes.route(
                            slot,
                            result.plan().getHotDemands(),
                            plan.seed,
                            rules.visitMinMinutes(),
                            rules.visitMaxMinutes(),
                            rules.revisitMinutes())
                    : new KoperRoutes.Route(List.of(), List.of());
            routes.put(slot.getId(), route);
            for (Duty duty : slot.duties()) {
                PlanShift shift = new PlanShift();
                shift.id = UUID.randomUUID();
                shift.planId = planId;
                shift.patrollerCode = duty.member().code();
                shift.level = slot.getLevel();
                shift.sector = slot.getSector();
                shift.areaCode = slot.isOnFoot() ? slot.getArea() : null;
                shift.pairKey = slot.getPairKey();
                shift.startsAt = instant(base, slot.getStart());
                shift.endsAt = instant(base, slot.getEnd());
                shift.visits = route.visits().isEmpty()
                        ? null
                        : toJson(route.visits().stream()
                                .map(v -> Map.of(
                                        "cell", v.cell(),
                                        "from", instant(base, v.from()).toString(),
                                        "to", instant(base, v.to()).toString()))
                                .toList());
                shift.persist();
            }
        }
        plan.status = PlanStatus.SOLVED;
        plan.hardScore = result.plan().getScore().hardScore();
        plan.mediumScore = result.plan().getScore().mediumScore();
        plan.softScore = result.plan().getScore().softScore();
        plan.baselineSoft = result.baseline().softScore();
        plan.solverMillis = result.millis();
        List<String> findings = new ArrayList<>(PlanFindings.of(result.plan(), base, routes));
        if (result.stoppedByTime()) {
            findings.add(
                    0, "The solver stopped at its time limit: on this machine the same input may give another plan");
        }
        plan.findings = toJson(findings);
    }

    /** Publishes a solved plan that breaks no hard rule; its shifts then start and end by the clock. */
    @Transactional
    public PatrolPlan publish(UUID planId, Long expectedVersion) {
        PatrolPlan plan = get(planId);
        IfMatch.check("Plan", plan.version, expectedVersion);
        if (plan.status != PlanStatus.SOLVED) {
            throw ProblemException.conflict("Only a solved plan can be published; this one is " + plan.status);
        }
        if (plan.hardScore != 0) {
            throw ProblemException.conflict(
                    "This plan breaks " + -plan.hardScore + " hard rule(s); see its findings and plan again");
        }
        PatrolPlan overlapping = PatrolPlan.<PatrolPlan>find(
                        "status = ?1 AND periodFrom <= ?2 AND periodTo >= ?3",
                        PlanStatus.PUBLISHED,
                        plan.periodTo,
                        plan.periodFrom)
                .firstResult();
        if (overlapping != null) {
            throw ProblemException.conflict("Plan " + overlapping.id + " is already published for "
                    + overlapping.periodFrom + " to " + overlapping.periodTo);
        }
        plan.status = PlanStatus.PUBLISHED;
        plan.publishedAt = clock.instant();
        plan.publishedBy = caller.name();
        outbox.record(
                PatrolTopics.PATROL_EVENTS,
                PatrolTopics.PLAN_PUBLISHED,
                plan.id,
                new PlanPublished(
                        plan.id,
                        plan.periodFrom,
                        plan.periodTo,
                        PlanShift.count("planId", plan.id),
                        plan.hardScore,
                        plan.mediumScore,
                        plan.softScore,
                        plan.publishedBy,
                        plan.publishedAt));
        return plan;
    }

    @Transactional
    public PatrolPlan get(UUID planId) {
        return PatrolPlan.<PatrolPlan>findByIdOptional(planId)
                .orElseThrow(() -> ProblemException.notFound("Plan", "巡逻计划", planId));
    }

    /** The planner's input from the registers: people and leave, areas, squads, and yesterday's heat. */
    PlanInput input(LocalDate from, LocalDate to) {
        Map<String, Set<LocalDate>> leave = new HashMap<>();
        PatrollerLeave.<PatrollerLeave>list("fromDay <= ?1 AND toDay >= ?2", to, from)
                .forEach(l -> {
                    for (LocalDate d = l.fromDay; !d.isAfter(l.toDay); d = d.plusDays(1)) {
                        leave.computeIfAbsent(l.patrollerCode, k -> new HashSet<>())
                                .add(d);
                    }
                });
        List<PlanInput.Person> people = Patroller.<Patroller>list("active = true ORDER BY code").stream()
                .map(p -> new PlanInput.Person(
                        p.code,
                        p.level,
                        p.squadCode,
                        p.skillSet(),
                        p.avoidNights,
                        leave.getOrDefault(p.code, Set.of())))
                .toList();
        List<PlanInput.Area> areas = PatrolArea.<PatrolArea>listAll().stream()
                .map(a -> new PlanInput.Area(a.code, a.community, a.sector))
                .toList();
        List<PlanInput.Squad> squads = Squad.<Squad>listAll().stream()
                .map(s -> new PlanInput.Squad(s.code, s.community, s.turnOrder))
                .toList();
        List<PlanInput.HotCell> hot = hotSpots.table(from.minusDays(1)).stream()
                .filter(HeatModel.CellHeat::hot)
                .map(h -> new PlanInput.HotCell(h.area(), h.block(), h.cell(), h.heat()))
                .toList();
        return new PlanInput(from, to, people, areas, squads, hot, planRules());
    }

    PlanInput.Rules planRules() {
        List<PlanInput.Session> sessions = rules.volunteerSessions().stream()
                .map(text -> {
                    String[] parts = text.split("-");
                    return new PlanInput.Session(LocalTime.parse(parts[0].strip()), LocalTime.parse(parts[1].strip()));
                })
                .toList();
        for (PlanInput.Session session : sessions) {
            if (session.start().isBefore(rules.volunteerEarliest())
                    || session.end().isAfter(rules.volunteerLatest())) {
                throw new IllegalStateException("volunteer session " + session + " lies outside "
                        + rules.volunteerEarliest() + "–" + rules.volunteerLatest());
            }
        }
        return new PlanInput.Rules(
                rules.policeShiftHours(),
                rules.auxiliaryShiftHours(),
                rules.shiftHours(),
                rules.auxiliariesPerShift(),
                sessions,
                rules.volunteerPairsPerSession(),
                rules.restHours(),
                rules.staffShiftsPerWeek(),
                rules.volunteerSessionsPerWeek(),
                rules.squadRotationStart());
    }

    /**
     * Key sites a vehicle of their sector cannot reach in time. A sector's vehicle waits at the centre
     * of the sector's cells; a site belongs to the sector whose area holds its cell, or else the
     * nearest one.
     */
    List<String> keySitesOutOfReach() {
        List<PatrolArea> areas = PatrolArea.listAll();
        Map<String, double[]> bases = new HashMap<>();
        Map<String, String> sectorOfCell = new HashMap<>();
        areas.stream().collect(Collectors.groupingBy(a -> a.sector)).forEach((sector, inSector) -> {
            double lat = 0;
            double lon = 0;
            int n = 0;
            for (PatrolArea area : inSector) {
                for (String cell : area.cells) {
                    double[] centre = grid.centreOf(cell);
                    lat += centre[0];
                    lon += centre[1];
                    n++;
                    sectorOfCell.put(cell, sector);
                }
            }
            bases.put(sector, new double[] {lat / n, lon / n});
        });
        double reach = rules.vehicleSpeedKmh() * 1000 / 60 * rules.keySiteMinutes();
        List<String> outOfReach = new ArrayList<>();
        for (KeySite site : KeySite.<KeySite>listAll()) {
            String sector = sectorOfCell.get(grid.cellOf(site.latitude, site.longitude));
            double metres = sector != null
                    ? distance(bases.get(sector), site)
                    : bases.values().stream()
                            .mapToDouble(b -> distance(b, site))
                            .min()
                            .orElse(Double.MAX_VALUE);
            if (metres > reach) {
                outOfReach.add("%s (%s) %.0f m".formatted(site.name, site.code, metres));
            }
        }
        return outOfReach;
    }

    private static double distance(double[] base, KeySite site) {
        return StationGrid.metres(base[0], base[1], site.latitude, site.longitude);
    }

    private static java.time.Instant instant(LocalDateTime base, int minutes) {
        return base.plusMinutes(minutes).atZone(ClockProducer.STATION_ZONE).toInstant();
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
