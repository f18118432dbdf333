package cn.fengqiao.incident.service;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import cn.fengqiao.incident.domain.DutyShift;
import cn.fengqiao.incident.domain.Unit;
import cn.fengqiao.incident.domain.UnitKind;
import cn.fengqiao.incident.domain.UnitStatus;
import cn.fengqiao.incident.messaging.CoverageComputed;
import cn.fengqiao.incident.messaging.ShiftEnded;
import cn.fengqiao.incident.messaging.ShiftStarted;
import cn.fengqiao.infrastructure.inbox.PoisonEventException;

/**
 * Who is on duty, from patrol-service's published plans: a shift starting puts its unit on the board
 * as available (adding the unit when this service has not met it), its end takes an idle unit off
 * duty, and a unit out on an incident goes off duty when the incident releases it. Volunteers are
 * not dispatch units and are left out. The day's patrol coverage is kept for the briefing too.
 */
@ApplicationScoped
public class DutyService {

    @Inject
    UnitService units;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Transactional
    public void started(ShiftStarted shift) {
        if (shift.shiftId() == null
                || shift.patrollerCode() == null
                || shift.level() == null
                || shift.startsAt() == null
                || shift.endsAt() == null) {
            throw new PoisonEventException("patrol.shift-started without shiftId, patrollerCode, level or times");
        }
        UnitKind kind = switch (shift.level()) {
            case "POLICE" -> UnitKind.OFFICER;
            case "AUXILIARY" -> UnitKind.AUXILIARY;
            default -> null;
        };
        if (kind == null || DutyShift.findById(shift.shiftId()) != null) {
            return;
        }
        Unit unit = Unit.findById(shift.patrollerCode());
        if (unit == null) {
            String name = shift.patrollerName() == null ? shift.patrollerCode() : shift.patrollerName();
            unit = units.create(shift.patrollerCode(), name, kind, shift.community());
        }
        DutyShift duty = new DutyShift();
        duty.shiftId = shift.shiftId();
        duty.unitCode = unit.code;
        duty.startsAt = shift.startsAt();
        duty.endsAt = shift.endsAt();
        duty.ended = !shift.endsAt().isAfter(clock.instant()); // heard of only after it was over
        duty.persist();
        if (!duty.ended && unit.status == UnitStatus.OFF_DUTY) {
            unit.status = UnitStatus.AVAILABLE;
        }
    }

    @Transactional
    public void ended(ShiftEnded shift) {
        if (shift.shiftId() == null) {
            throw new PoisonEventException("patrol.shift-ended without shiftId");
        }
        DutyShift duty = DutyShift.findById(shift.shiftId());
        if (duty == null || duty.ended) {
            return; // a volunteer's shift, or already ended
        }
        duty.ended = true;
        Unit unit = Unit.findById(duty.unitCode);
        if (unit.status == UnitStatus.AVAILABLE && !onDuty(unit.code)) {
            unit.status = UnitStatus.OFF_DUTY;
        }
    }

    /** A day's patrol coverage, kept for the briefing; a later computation of the same day replaces it. */
    @Transactional
    public void coverage(CoverageComputed coverage) {
        if (coverage.day() == null) {
            throw new PoisonEventException("patrol.coverage-computed without a day");
        }
        em.createNativeQuery("INSERT INTO observed_coverage (day, areas, planned_minutes, actual_minutes, ratio)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (day) DO UPDATE SET areas = EXCLUDED.areas,"
                        + " planned_minutes = EXCLUDED.planned_minutes, actual_minutes = EXCLUDED.actual_minutes,"
                        + " ratio = EXCLUDED.ratio")
                .setParameter(1, coverage.day())
                .setParameter(2, coverage.areas())
                .setParameter(3, coverage.plannedMinutes())
                .setParameter(4, coverage.actualMinutes())
                .setParameter(5, coverage.ratio())
                .executeUpdate();
    }

    /** Whether the plan has the unit on a shift that has not ended. */
    public boolean onDuty(String unitCode) {
        return DutyShift.count("unitCode = ?1 AND ended = false", unitCode) > 0;
    }

    /**
     * A unit's status once an incident releases it: off duty when the plan's shifts for it are over,
     * otherwise available (also for units whose duty is set by hand rather than by a plan).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UnitStatus statusAfterRelease(String unitCode) {
        if (DutyShift.count("unitCode", unitCode) == 0) {
            return UnitStatus.AVAILABLE;
        }
        return onDuty(unitCode) ? UnitStatus.AVAILABLE : UnitStatus.OFF_DUTY;
    }
}
