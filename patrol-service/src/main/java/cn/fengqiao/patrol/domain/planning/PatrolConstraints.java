package cn.fengqiao.patrol.domain.planning;

import static org.optaplanner.core.api.score.stream.ConstraintCollectors.count;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.Joiners;
import org.optaplanner.core.api.score.stream.uni.UniConstraintStream;

import cn.fengqiao.patrol.domain.Level;

/**
 * The rules a plan is scored by (Bavet constraint streams). Per-person rules count duties, so both
 * volunteers of a pair are held to them. "Volunteers never alone" needs no rule: pairs are the only
 * values a volunteer slot takes.
 */
public class PatrolConstraints implements ConstraintProvider {

    public static final String SECTOR_COVERED = "every sector patrolled by a sworn officer at every hour";
    public static final String NO_OVERLAP = "nobody works two shifts at once";
    public static final String REST = "enough rest between shifts";
    public static final String WEEKLY_LIMIT = "no more shifts in a week than allowed";
    public static final String SLOT_FILLED = "foot patrols and volunteer pairs staffed";
    public static final String HOT_CELLS = "hot cells visited while hot";
    public static final String HANDOVER = "an auxiliary out at every police handover";
    public static final String FAIR_HOURS = "hours shared fairly within each level";
    public static final String NIGHTS = "no nights for those who asked";

    static final long HANDOVER_WEIGHT = 1_000;
    static final long FAIRNESS_WEIGHT = 10;
    static final long NIGHT_WEIGHT = 200;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            sectorCovered(factory),
            noOverlap(factory),
            rest(factory),
            weeklyLimit(factory),
            slotsFilled(factory),
            hotCellsVisited(factory),
            handoverWithoutGap(factory),
            fairHours(factory),
            nightsAvoided(factory)
        };
    }

    Constraint sectorCovered(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(PatrolSlot.class)
                .filter(slot -> slot.isRequired() && !slot.isFilled())
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .asConstraint(SECTOR_COVERED);
    }

    private static UniConstraintStream<Duty> duties(ConstraintFactory factory) {
        return factory.forEach(PatrolSlot.class).flattenLast(PatrolSlot::duties);
    }

    Constraint noOverlap(ConstraintFactory factory) {
        return duties(factory)
                .join(
                        duties(factory),
                        Joiners.equal(Duty::member),
                        Joiners.lessThan(Duty::order),
                        Joiners.overlapping(Duty::start, Duty::end))
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .asConstraint(NO_OVERLAP);
    }

    // A duty "occupies" its rest too: two duties whose [start, end + rest) overlap without the
    // duties themselves overlapping are too close together.
    Constraint rest(ConstraintFactory factory) {
        return duties(factory)
                .join(
                        duties(factory),
                        Joiners.equal(Duty::member),
                        Joiners.lessThan(Duty::order),
                        Joiners.overlapping(Duty::start, Duty::restUntil))
                .filter((a, b) -> a.start() >= b.end() || b.start() >= a.end())
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .asConstraint(REST);
    }

    Constraint weeklyLimit(ConstraintFactory factory) {
        return duties(factory)
                .groupBy(Duty::member, Duty::week, count())
                .filter((person, week, shifts) -> shifts > person.weeklyLimit())
                .penalize(HardMediumSoftLongScore.ONE_HARD, (person, week, shifts) -> shifts - person.weeklyLimit())
                .asConstraint(WEEKLY_LIMIT);
    }

    Constraint slotsFilled(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(PatrolSlot.class)
                .filter(slot -> !slot.isRequired() && !slot.isFilled())
                .penalize(HardMediumSoftLongScore.ONE_MEDIUM)
                .asConstraint(SLOT_FILLED);
    }

    Constraint hotCellsVisited(ConstraintFactory factory) {
        return factory.forEach(HotDemand.class)
                .ifNotExists(
                        PatrolSlot.class,
                        Joiners.equal(HotDemand::area, PatrolSlot::getArea),
                        Joiners.lessThan(HotDemand::start, PatrolSlot::getEnd),
                        Joiners.greaterThan(HotDemand::end, PatrolSlot::getStart),
                        Joiners.filtering((demand, slot) -> slot.isOnFoot() && slot.isFilled()))
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, HotDemand::heat)
                .asConstraint(HOT_CELLS);
    }

    Constraint handoverWithoutGap(ConstraintFactory factory) {
        return factory.forEach(HandoverMoment.class)
                .ifNotExists(
                        PatrolSlot.class,
                        Joiners.equal(moment -> Level.AUXILIARY, PatrolSlot::getLevel),
                        Joiners.lessThan(HandoverMoment::minute, PatrolSlot::getEnd),
                        Joiners.greaterThan(HandoverMoment::minute, PatrolSlot::getStart),
                        Joiners.filtering((moment, slot) -> slot.getLevel() == Level.AUXILIARY && slot.isFilled()))
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, moment -> HANDOVER_WEIGHT)
                .asConstraint(HANDOVER);
    }

    // The sum of squares is smallest when a level's shifts are spread evenly over its people.
    Constraint fairHours(ConstraintFactory factory) {
        return duties(factory)
                .groupBy(Duty::member, count())
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, (person, shifts) -> FAIRNESS_WEIGHT * shifts * shifts)
                .asConstraint(FAIR_HOURS);
    }

    Constraint nightsAvoided(ConstraintFactory factory) {
        return duties(factory)
                .filter(duty -> duty.member().avoidNights() && duty.slot().getNightMinutes() > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, duty -> NIGHT_WEIGHT)
                .asConstraint(NIGHTS);
    }
}
