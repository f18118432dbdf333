package cn.fengqiao.mediation.domain;

/** The parties' satisfaction recorded at a follow-up visit. */
public enum Satisfaction {
    SATISFIED,
    BASICALLY_SATISFIED,
    DISSATISFIED
}
