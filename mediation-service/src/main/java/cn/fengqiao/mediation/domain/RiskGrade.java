package cn.fengqiao.mediation.domain;

/** How likely a dispute is to escalate (to violence, a petition, a case). */
public enum RiskGrade {
    LOW,
    MEDIUM,
    HIGH;

    /** One step up, as the repeat early warning does; HIGH stays HIGH. */
    public RiskGrade raised() {
        return this == LOW ? MEDIUM : HIGH;
    }
}
