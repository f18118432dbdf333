package cn.fengqiao.incident.domain;

/** What kind of unit can be sent to an incident. */
public enum UnitKind {
    OFFICER,
    AUXILIARY,
    POLICE_OFFICE,
    CASE_TEAM
}
