package cn.fengqiao.patrol.config;

import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the station patrols: the hot-spot model, the shift pattern, the rest rules and the solver's budget. */
@ConfigMapping(prefix = "fengqiao.patrol")
public interface PatrolRules {

    /** Incidents count half as much every this many days. */
    @WithDefault("28")
    double halfLifeDays();

    /** Incidents older than this many half-lives are left out (they weigh under 0.4%). */
    @WithDefault("8")
    int historyHalfLives();

    /** Hot cells: the smallest set of cells holding this share of a block's risk ... */
    @WithDefault("0.5")
    double hotRiskShare();

    /** ... but never more than this share of all the station's cells. */
    @WithDefault("0.05")
    double hotCellCap();

    /** Static risk factors: each venue, bus stop and rented courtyard in a cell adds this to its multiplier. */
    @WithDefault("0.1")
    double venueWeight();

    @WithDefault("0.3")
    double busStopWeight();

    @WithDefault("0.02")
    double rentedCourtyardWeight();

    /** Police (vehicle) shifts start at these hours; auxiliaries an hour later, so handovers never leave a gap. */
    @WithDefault("0,8,16")
    List<Integer> policeShiftHours();

    @WithDefault("1,9,17")
    List<Integer> auxiliaryShiftHours();

    @WithDefault("8")
    int shiftHours();

    /** Foot patrols of auxiliaries planned per shift start. */
    @WithDefault("3")
    int auxiliariesPerShift();

    /** Watch squad sessions, each walked by pairs of volunteers (never alone), between 08:00 and 22:00. */
    @WithDefault("09:00-11:00,19:00-21:00")
    List<String> volunteerSessions();

    @WithDefault("1")
    int volunteerPairsPerSession();

    @WithDefault("08:00")
    LocalTime volunteerEarliest();

    @WithDefault("22:00")
    LocalTime volunteerLatest();

    /** At least this many hours off between two shifts of one person. */
    @WithDefault("10")
    int restHours();

    /** At most this many shifts per calendar week (Monday to Sunday). */
    @WithDefault("5")
    int staffShiftsPerWeek();

    @WithDefault("3")
    int volunteerSessionsPerWeek();

    /** The 1-3-5 minute circles: a sworn officer reaches every key site within this many minutes. */
    @WithDefault("5")
    int keySiteMinutes();

    /** Speed of a patrol car in town, for the response circles. */
    @WithDefault("30")
    double vehicleSpeedKmh();

    /** The month whose watch squad is the first in turn order; the squads follow month by month. */
    @WithDefault("2024-01")
    YearMonth squadRotationStart();

    /** Visits to a hot cell (the Koper curve): this long, and back within revisitMinutes while it is hot. */
    @WithDefault("10")
    int visitMinMinutes();

    @WithDefault("15")
    int visitMaxMinutes();

    @WithDefault("120")
    int revisitMinutes();

    Solver solver();

    /** The solver's budget: a number of score calculations keeps it deterministic; time is the safety net. */
    interface Solver {

        @WithDefault("1200000")
        long scoreCalculations();

        @WithDefault("55")
        int secondsLimit();
    }
}
