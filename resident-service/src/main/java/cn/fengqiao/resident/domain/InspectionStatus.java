package cn.fengqiao.resident.domain;

/** An inspection passed, or asked for rectification by a deadline, then was closed on revisit or escalated. */
public enum InspectionStatus {
    PASSED,
    RECTIFICATION_REQUIRED,
    CLOSED,
    ESCALATED
}
