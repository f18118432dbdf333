package cn.fengqiao.incident.domain;

/** Top-level incident categories, modelled on the public security incident classification. */
public enum IncidentCategory {
    CRIMINAL,
    PUBLIC_ORDER,
    DISPUTE,
    TRAFFIC,
    HELP,
    FIRE,
    NON_POLICE,
    INVALID
}
