package cn.fengqiao.incident.domain;

/** Where an incident came in. */
public enum Channel {
    /** 110 emergency call */
    CALL_110,
    /** someone walked into the station or a police office */
    WALK_IN,
    /** found on patrol */
    PATROL,
    /** found on video patrol (鼠标巡逻) */
    VIDEO_PATROL,
    /** transferred from the city's 12345 hotline */
    HOTLINE_12345,
    /** reported through an app or the web */
    APP
}
