package cn.fengqiao.mediation.domain;

/** The colour of the early warning (预警等级) shown to the station: blue, yellow, orange, red. */
public enum WarningLevel {
    BLUE,
    YELLOW,
    ORANGE,
    RED;

    /** The level a risk grade calls for; a repeated high-risk dispute is red. */
    public static WarningLevel of(RiskGrade risk, boolean repeated) {
        return switch (risk) {
            case LOW -> BLUE;
            case MEDIUM -> YELLOW;
            case HIGH -> repeated ? RED : ORANGE;
        };
    }

    public WarningLevel atLeast(WarningLevel other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
