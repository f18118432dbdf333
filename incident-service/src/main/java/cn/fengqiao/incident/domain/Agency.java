package cn.fengqiao.incident.domain;

/** Who else the station brings in on an incident without handing it over. */
public enum Agency {
    AMBULANCE_120,
    FIRE_119,
    HOSPITAL,
    FAMILY,
    HOTLINE_12345,
    COMMUNITY,
    OTHER
}
