package cn.fengqiao.resident.domain;

/** The three tiers of classified management, in rising order: 一般掌握, 纳入视线, 重点掌握. */
public enum Tier {
    GENERAL,
    WATCH,
    KEY;

    public boolean isAbove(Tier other) {
        return compareTo(other) > 0;
    }
}
