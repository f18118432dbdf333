package cn.fengqiao.patrol.domain.planning;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import cn.fengqiao.patrol.domain.Level;

/**
 * Everything a plan is made from, as plain values: the period, the people with their leave, the
 * areas and squads, the hot cells per area and block of the day, and the station's rules.
 */
public record PlanInput(
        LocalDate from,
        LocalDate to,
        List<Person> people,
        List<Area> areas,
        List<Squad> squads,
        List<HotCell> hotCells,
        Rules rules) {

    public record Person(
            String code, Level level, String squad, Set<String> skills, boolean avoidNights, Set<LocalDate> leave) {}

    public record Area(String code, String community, String sector) {}

    public record Squad(String code, String community, int turnOrder) {}

    /** A hot cell of an area in a block of the day (0 = 00:00–02:00 … 11 = 22:00–24:00). */
    public record HotCell(String area, int block, String cell, double heat) {}

    public record Rules(
            List<Integer> policeShiftHours,
            List<Integer> auxiliaryShiftHours,
            int shiftHours,
            int auxiliariesPerShift,
            List<Session> volunteerSessions,
            int volunteerPairsPerSession,
            int restHours,
            int staffShiftsPerWeek,
            int volunteerSessionsPerWeek,
            YearMonth squadRotationStart) {}

    public record Session(LocalTime start, LocalTime end) {}

    public int days() {
        return (int) (to.toEpochDay() - from.toEpochDay()) + 1;
    }
}
