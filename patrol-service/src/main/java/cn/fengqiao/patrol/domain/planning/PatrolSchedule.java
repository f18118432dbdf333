package cn.fengqiao.patrol.domain.planning;

import java.util.List;

import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * The planning problem and its solution: the slots of a period with who fills them. Hard: the rules
 * of the station (coverage, rest, pairs, limits). Medium: slots left empty. Soft: hot cells without
 * anyone on foot, handovers without an auxiliary out, unfair hours, nights against a preference.
 */
@PlanningSolution
public class PatrolSchedule {

    @ProblemFactCollectionProperty
    private List<PatrollerFact> patrollers;

    @ProblemFactCollectionProperty
    private List<HotDemand> hotDemands;

    @ProblemFactCollectionProperty
    private List<HandoverMoment> handovers;

    @PlanningEntityCollectionProperty
    private List<PatrolSlot> slots;

    @PlanningScore
    private HardMediumSoftLongScore score;

    /** For the solver's cloning. */
    public PatrolSchedule() {}

    public PatrolSchedule(
            List<PatrollerFact> patrollers,
            List<HotDemand> hotDemands,
            List<HandoverMoment> handovers,
            List<PatrolSlot> slots) {
        this.patrollers = patrollers;
        this.hotDemands = hotDemands;
        this.handovers = handovers;
        this.slots = slots;
    }

    public List<PatrollerFact> getPatrollers() {
        return patrollers;
    }

    public List<HotDemand> getHotDemands() {
        return hotDemands;
    }

    public List<HandoverMoment> getHandovers() {
        return handovers;
    }

    public List<PatrolSlot> getSlots() {
        return slots;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }
}
