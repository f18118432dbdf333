package cn.fengqiao.patrol.domain;

/** The three levels of patrol (三级巡逻): police in vehicles, auxiliary police on foot, watch volunteers. */
public enum Level {
    POLICE,
    AUXILIARY,
    VOLUNTEER
}
