package cn.fengqiao.incident.domain;

/** Where an incident came in. */
public enum Channel {
    CALL_110,
    WALK_IN,
    PATROL,
    VIDEO_PATROL,
    HOTLINE_12345,
    APP
}
