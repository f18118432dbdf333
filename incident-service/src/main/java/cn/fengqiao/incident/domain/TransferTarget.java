package cn.fengqiao.incident.domain;

/** Who an incident is handed to when it is not (only) the police's. */
public enum TransferTarget {
    AMBULANCE_120,
    FIRE_119,
    HOTLINE_12345,
    OTHER_UNIT
}
