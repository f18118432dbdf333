package cn.fengqiao.incident.domain;

/** How fast the command room must act. */
public enum Priority {
    URGENT,
    HIGH,
    NORMAL,
    LOW
}
