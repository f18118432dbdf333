package cn.fengqiao.patrol.service;

import java.time.Clock;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.fengqiao.infrastructure.problem.Bilingual;
import cn.fengqiao.infrastructure.problem.ProblemException;
import cn.fengqiao.infrastructure.security.Caller;
import cn.fengqiao.patrol.config.PatrolRules;
import cn.fengqiao.patrol.domain.CellFactor;
import cn.fengqiao.patrol.domain.Checkpoint;
import cn.fengqiao.patrol.domain.KeySite;
import cn.fengqiao.patrol.domain.Level;
import cn.fengqiao.patrol.domain.PatrolArea;
import cn.fengqiao.patrol.domain.Patroller;
import cn.fengqiao.patrol.domain.PatrollerLeave;
import cn.fengqiao.patrol.domain.Squad;
import cn.fengqiao.patrol.domain.planning.PlanInput;
import cn.fengqiao.patrol.domain.planning.ScheduleBuilder;
import cn.fengqiao.patrol.rest.ReferenceRequests;

/**
 * The patrol registers: areas with their cells and checkpoints, key sites, cell risk factors,
 * patrollers with their leave, and watch squads with their turn order.
 */
@ApplicationScoped
public class ReferenceService {

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    PatrolRules rules;

    @Transactional
    public PatrolArea addArea(ReferenceRequests.Area request) {
        if (PatrolArea.findById(request.code()) != null) {
            throw ProblemException.conflict("Area " + request.code() + " exists");
        }
        Set<String> cells = new TreeSet<>(request.cells());
        for (PatrolArea other : PatrolArea.<PatrolArea>listAll()) {
            Set<String> shared = new HashSet<>(other.cells);
            shared.retainAll(cells);
            if (!shared.isEmpty()) {
                throw ProblemException.conflict("Cells " + new TreeSet<>(shared) + " already belong to area "
                        + other.code + ": a cell is in one area");
            }
        }
        PatrolArea area = new PatrolArea();
        area.code = request.code();
        area.name = request.name().strip();
        area.community = request.community();
        area.sector = request.sector();
        area.cells = List.copyOf(cells);
        area.createdAt = clock.instant();
        area.createdBy = caller.name();
        area.persist();
        return area;
    }

    @Transactional
    public PatrolArea area(String code) {
        return PatrolArea.<PatrolArea>findByIdOptional(code)
                .orElseThrow(() -> ProblemException.notFound("Area", "巡逻区域", code));
    }

    @Transactional
    public List<PatrolArea> areas(String community) {
        return community == null
                ? PatrolArea.list("ORDER BY code")
                : PatrolArea.list("community = ?1 ORDER BY code", community);
    }

    @Transactional
    public Checkpoint addCheckpoint(String areaCode, ReferenceRequests.Checkpoint request) {
        area(areaCode);
        if (Checkpoint.count("code", request.code()) > 0) {
            throw ProblemException.conflict("Checkpoint code " + request.code() + " is in use");
        }
        if (Checkpoint.count("areaCode = ?1 AND seq = ?2", areaCode, request.seq()) > 0) {
            throw ProblemException.conflict("Area " + areaCode + " has a checkpoint number " + request.seq());
        }
        Checkpoint checkpoint = new Checkpoint();
        checkpoint.id = UUID.randomUUID();
        checkpoint.areaCode = areaCode;
        checkpoint.code = request.code();
        checkpoint.name = request.name().strip();
        checkpoint.seq = request.seq();
        checkpoint.latitude = request.latitude();
        checkpoint.longitude = request.longitude();
        checkpoint.indoor = request.indoor();
        checkpoint.maxIntervalMinutes = request.maxIntervalMinutes();
        checkpoint.toleranceMinutes = request.toleranceMinutes();
        checkpoint.persist();
        return checkpoint;
    }

    @Transactional
    public Checkpoint checkpoint(String areaCode, UUID id) {
        return Checkpoint.<Checkpoint>findByIdOptional(id)
                .filter(c -> c.areaCode.equals(area(areaCode).code))
                .orElseThrow(() -> ProblemException.notFound("Checkpoint", "巡逻点", id));
    }

    @Transactional
    public List<Checkpoint> checkpoints(String areaCode) {
        area(areaCode);
        return Checkpoint.list("areaCode = ?1 ORDER BY seq", areaCode);
    }

    @Transactional
    public KeySite addKeySite(ReferenceRequests.KeySite request) {
        if (KeySite.findById(request.code()) != null) {
            throw ProblemException.conflict("Key site " + request.code() + " exists");
        }
        KeySite site = new KeySite();
        site.code = request.code();
        site.name = request.name().strip();
        site.kind = request.kind();
        site.latitude = request.latitude();
        site.longitude = request.longitude();
        site.persist();
        return site;
    }

    @Transactional
    public KeySite keySite(String code) {
        return KeySite.<KeySite>findByIdOptional(code)
                .orElseThrow(() -> ProblemException.notFound("Key site", "重点部位", code));
    }

    @Transactional
    public List<KeySite> keySites() {
        return KeySite.list("ORDER BY code");
    }

    @Transactional
    public CellFactor setFactors(String cell, ReferenceRequests.CellFactors request) {
        if (!cell.matches("-?\\d{1,4}:-?\\d{1,4}")) {
            throw ProblemException.badRequest(
                    "cell", Bilingual.of("must be a cell row:col such as 12:7", "须为“行:列”格式的网格单元，例如 12:7"));
        }
        CellFactor factor = Optional.ofNullable(CellFactor.<CellFactor>findById(cell))
                .orElseGet(() -> {
                    CellFactor f = new CellFactor();
                    f.cell = cell;
                    f.persist();
                    return f;
                });
        factor.venues = request.venues();
        factor.busStops = request.busStops();
        factor.rentedCourtyards = request.rentedCourtyards();
        return factor;
    }

    @Transactional
    public Patroller addPatroller(ReferenceRequests.Patroller request) {
        if (Patroller.findById(request.code()) != null) {
            throw ProblemException.conflict("Patroller " + request.code() + " exists");
        }
        checkSquad(request.level(), request.squadCode());
        if (request.username() != null && Patroller.count("username", request.username()) > 0) {
            throw ProblemException.conflict("User " + request.username() + " is another patroller already");
        }
        Patroller patroller = new Patroller();
        patroller.code = request.code();
        patroller.name = request.name().strip();
        patroller.level = request.level();
        patroller.community = request.community();
        patroller.squadCode = request.squadCode();
        patroller.username = request.username();
        patroller.skills = request.skills() == null ? "" : String.join(",", new TreeSet<>(request.skills()));
        patroller.avoidNights = request.avoidNights();
        patroller.persist();
        return patroller;
    }

    /** A volunteer belongs to a watch squad that exists; nobody else belongs to one. */
    static void checkSquad(Level level, String squadCode) {
        boolean volunteer = level == Level.VOLUNTEER;
        if (volunteer && squadCode == null) {
            throw ProblemException.badRequest(
                    "squadCode", Bilingual.of("a volunteer belongs to a watch squad", "志愿者须属于群防巡逻组"));
        }
        if (!volunteer && squadCode != null) {
            throw ProblemException.badRequest(
                    "squadCode", Bilingual.of("only volunteers belong to watch squads", "只有志愿者属于群防巡逻组"));
        }
        if (volunteer && Squad.findById(squadCode) == null) {
            throw ProblemException.badRequest("squadCode", "no squad " + squadCode);
        }
    }

    @Transactional
    public Patroller patroller(String code) {
        return Patroller.<Patroller>findByIdOptional(code)
                .orElseThrow(() -> ProblemException.notFound("Patroller", "巡逻人员", code));
    }

    @Transactional
    public List<Patroller> patrollers(Level level, String squad) {
        if (level != null && squad != null) {
            return Patroller.list("level = ?1 AND squadCode = ?2 ORDER BY code", level, squad);
        }
        if (level != null) {
            return Patroller.list("level = ?1 ORDER BY code", level);
        }
        return squad == null ? Patroller.list("ORDER BY code") : Patroller.list("squadCode = ?1 ORDER BY code", squad);
    }

    /** The patroller the caller is, by Keycloak user name. */
    @Transactional
    public Optional<Patroller> me() {
        return Patroller.find("username", caller.name()).firstResultOptional();
    }

    @Transactional
    public PatrollerLeave addLeave(String code, ReferenceRequests.Leave request) {
        patroller(code);
        if (request.to().isBefore(request.from())) {
            throw ProblemException.badRequest("to", Bilingual.of("must not be before from", "不得早于 from"));
        }
        PatrollerLeave leave = new PatrollerLeave();
        leave.id = UUID.randomUUID();
        leave.patrollerCode = code;
        leave.fromDay = request.from();
        leave.toDay = request.to();
        leave.reason = request.reason();
        leave.persist();
        return leave;
    }

    @Transactional
    public List<PatrollerLeave> leave(String code) {
        patroller(code);
        return PatrollerLeave.list("patrollerCode = ?1 ORDER BY fromDay", code);
    }

    @Transactional
    public Squad addSquad(ReferenceRequests.Squad request) {
        if (Squad.findById(request.code()) != null) {
            throw ProblemException.conflict("Squad " + request.code() + " exists");
        }
        if (Squad.count("turnOrder", request.turnOrder()) > 0) {
            throw ProblemException.conflict("Another squad has turn " + request.turnOrder());
        }
        Squad squad = new Squad();
        squad.code = request.code();
        squad.name = request.name().strip();
        squad.community = request.community();
        squad.turnOrder = request.turnOrder();
        squad.persist();
        return squad;
    }

    @Transactional
    public List<Squad> squads() {
        return Squad.list("ORDER BY turnOrder");
    }

    @Transactional
    public Squad squad(String code) {
        return Squad.<Squad>findByIdOptional(code).orElseThrow(() -> ProblemException.notFound("Squad", "巡逻组", code));
    }

    /** The squad whose month it is, by the same rotation the planner uses. */
    @Transactional
    public Optional<Squad> onDuty(YearMonth month) {
        List<PlanInput.Squad> squads = Squad.<Squad>listAll().stream()
                .map(s -> new PlanInput.Squad(s.code, s.community, s.turnOrder))
                .toList();
        return ScheduleBuilder.squadOnDuty(
                        squads, rules.squadRotationStart(), month == null ? YearMonth.now(clock) : month)
                .map(s -> Squad.findById(s.code()));
    }
}
