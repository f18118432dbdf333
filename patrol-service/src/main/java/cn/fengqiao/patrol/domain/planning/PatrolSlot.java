package cn.fengqiao.patrol.domain.planning;

import java.util.List;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

import cn.fengqiao.patrol.domain.Level;

/**
 * A shift to fill: a vehicle sector (must be filled: it is what covers every area at every hour), an
 * auxiliary's foot patrol whose area the solver picks, or a volunteer pair's session. Who may fill it
 * (level, skill, squad on its month, not on leave; volunteers only as pairs) is decided when the
 * problem is built, so the solver never even tries anyone else.
 */
@PlanningEntity
public class PatrolSlot {

    @PlanningId
    private String id;

    /** The slot's position in the problem: a cheap order for counting each pair of duties once. */
    private int index;

    private Level level;

    /** Minutes from the period's start. */
    private int start;

    private int end;

    /** The end plus the rest everyone is owed before the next shift. */
    private int restUntil;

    /** Calendar week (Monday first) counted from the period's first week, for the weekly limit. */
    private int week;

    /** The vehicle sector, for police slots. */
    private String sector;

    /** Set on a volunteer pair's session. */
    private String pairKey;

    private boolean required;

    /** Minutes of the slot between 00:00 and 06:00, for those who prefer no nights. */
    private int nightMinutes;

    private List<Crew> eligible;

    private List<String> candidateAreas;

    @PlanningVariable(valueRangeProviderRefs = "eligible", nullable = true)
    private Crew crew;

    @PlanningVariable(valueRangeProviderRefs = "candidateAreas")
    private String area;

    /** For the solver's cloning. */
    public PatrolSlot() {}

    public PatrolSlot(
            String id,
            Level level,
            int start,
            int end,
            int restMinutes,
            int week,
            String sector,
            String pairKey,
            boolean required,
            int nightMinutes,
            List<Crew> eligible,
            List<String> candidateAreas) {
        this.id = id;
        this.level = level;
        this.start = start;
        this.end = end;
        this.restUntil = end + restMinutes;
        this.week = week;
        this.sector = sector;
        this.pairKey = pairKey;
        this.required = required;
        this.nightMinutes = nightMinutes;
        this.eligible = eligible;
        this.candidateAreas = candidateAreas;
    }

    @ValueRangeProvider(id = "eligible")
    public List<Crew> getEligible() {
        return eligible;
    }

    @ValueRangeProvider(id = "candidateAreas")
    public List<String> getCandidateAreas() {
        return candidateAreas;
    }

    public int getIndex() {
        return index;
    }

    void setIndex(int index) {
        this.index = index;
    }

    public String getId() {
        return id;
    }

    public Level getLevel() {
        return level;
    }

    public int getStart() {
        return start;
    }

    public int getEnd() {
        return end;
    }

    public int getRestUntil() {
        return restUntil;
    }

    public int getWeek() {
        return week;
    }

    public String getSector() {
        return sector;
    }

    public String getPairKey() {
        return pairKey;
    }

    public boolean isRequired() {
        return required;
    }

    public int getNightMinutes() {
        return nightMinutes;
    }

    public Crew getCrew() {
        return crew;
    }

    public void setCrew(Crew crew) {
        this.crew = crew;
    }

    public boolean isFilled() {
        return crew != null;
    }

    /** Each member's duty in this slot; none while it is empty. */
    public List<Duty> duties() {
        return crew == null
                ? List.of()
                : crew.members().stream().map(member -> new Duty(this, member)).toList();
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }

    /** On foot in an area (auxiliaries and volunteers), where hot cells get their visits. */
    public boolean isOnFoot() {
        return level != Level.POLICE;
    }

    @Override
    public String toString() {
        return id + "=" + (crew == null ? "-" : crew.code()) + "@" + area;
    }
}
