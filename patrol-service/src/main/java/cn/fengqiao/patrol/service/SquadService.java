package cn.fengqiao.patrol.service;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.fengqiao.infrastructure.problem.Bilingual;
import cn.fengqiao.infrastructure.problem.ProblemException;
import cn.fengqiao.infrastructure.security.Caller;
import cn.fengqiao.patrol.domain.Attendance;
import cn.fengqiao.patrol.domain.Level;
import cn.fengqiao.patrol.domain.Patroller;
import cn.fengqiao.patrol.domain.PlanShift;
import cn.fengqiao.patrol.domain.Squad;

/**
 * Watch squads' attendance and volunteer points. A volunteer sees only their own squad; points exist
 * for volunteers only, and a staff member's shift is refused rather than counted.
 */
@ApplicationScoped
public class SquadService {

    /** A volunteer's standing in the squad: sessions attended and points earned. */
    public record Points(String patroller, String name, long sessions, long minutes, long points) {}

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    ReferenceService reference;

    /** Refuses a volunteer looking at another squad than their own. */
    @Transactional
    public Squad visibleSquad(String code) {
        Squad squad = reference.squad(code);
        if (caller.hasRole("volunteer") && !caller.hasRole("commander") && !caller.hasRole("officer")) {
            String own = reference.me().map(p -> p.squadCode).orElse(null);
            if (!code.equals(own)) {
                throw ProblemException.forbidden(
                        Bilingual.of("Volunteers see their own squad only", "志愿者只能查看本人所在的巡逻组"));
            }
        }
        return squad;
    }

    @Transactional
    public List<Squad> visibleSquads() {
        if (caller.hasRole("commander") || caller.hasRole("officer")) {
            return reference.squads();
        }
        return reference
                .me()
                .map(p -> p.squadCode == null ? List.<Squad>of() : List.<Squad>of(reference.squad(p.squadCode)))
                .orElse(List.of());
    }

    @Transactional
    public Attendance record(UUID shiftId, int minutes, boolean armband) {
        PlanShift shift = PlanShift.<PlanShift>findByIdOptional(shiftId)
                .orElseThrow(() -> ProblemException.badRequest("shiftId", "no shift " + shiftId));
        if (shift.level != Level.VOLUNTEER) {
            throw ProblemException.badRequest(
                    "shiftId", "points are for volunteers only: staff are never ranked by such figures");
        }
        if (Attendance.count("shiftId", shiftId) > 0) {
            throw ProblemException.conflict(
                    Bilingual.of("Attendance for this session is recorded already", "本场次的到岗情况已经登记"));
        }
        int planned =
                (int) java.time.Duration.between(shift.startsAt, shift.endsAt).toMinutes();
        if (minutes > planned) {
            throw ProblemException.badRequest("minutes", "the session was " + planned + " minutes long");
        }
        Patroller volunteer = reference.patroller(shift.patrollerCode);
        Attendance attendance = new Attendance();
        attendance.id = UUID.randomUUID();
        attendance.shiftId = shiftId;
        attendance.patrollerCode = volunteer.code;
        attendance.squadCode = volunteer.squadCode;
        attendance.minutes = minutes;
        attendance.armband = armband;
        attendance.points = Attendance.pointsFor(minutes, armband);
        attendance.recordedBy = caller.name();
        attendance.recordedAt = clock.instant();
        attendance.persist();
        return attendance;
    }

    /** Every member of the squad with their sessions and points, most points first. */
    @Transactional
    public List<Points> points(String squadCode) {
        Squad squad = visibleSquad(squadCode);
        return Patroller.<Patroller>list("squadCode = ?1 ORDER BY code", squad.code).stream()
                .map(p -> {
                    List<Attendance> theirs = Attendance.list("patrollerCode", p.code);
                    return new Points(
                            p.code,
                            p.name,
                            theirs.size(),
                            theirs.stream().mapToLong(a -> a.minutes).sum(),
                            theirs.stream().mapToLong(a -> a.points).sum());
                })
                .sorted((a, b) -> Long.compare(b.points(), a.points()))
                .toList();
    }
}
