package cn.fengqiao.patrol.domain;

/** A plan is being solved, is solved and waits to be published, is published, or could not be solved. */
public enum PlanStatus {
    SOLVING,
    SOLVED,
    PUBLISHED,
    FAILED
}
