package cn.fengqiao.incident.domain;

/** A unit's line on the status board; dispatch and incident progress move it automatically. */
public enum UnitStatus {
    AVAILABLE,
    DISPATCHED,
    ON_SCENE,
    OFF_DUTY
}
