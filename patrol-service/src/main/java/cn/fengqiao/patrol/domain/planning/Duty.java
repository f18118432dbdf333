package cn.fengqiao.patrol.domain.planning;

/** One person's part in a filled slot: the unit the per-person rules (rest, limits, fairness) count. */
public record Duty(PatrolSlot slot, PatrollerFact member) {

    public int start() {
        return slot.getStart();
    }

    public int end() {
        return slot.getEnd();
    }

    public int restUntil() {
        return slot.getRestUntil();
    }

    public int week() {
        return slot.getWeek();
    }

    /** Orders two duties of one person so each clash is counted once (a person is in a slot once). */
    public int order() {
        return slot.getIndex();
    }
}
