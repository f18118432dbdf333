package cn.fengqiao.patrol.domain;

/** What a finding is, in incident-service's categories: the incident it becomes takes the same one. */
public enum FindingCategory {
    CRIMINAL,
    PUBLIC_ORDER,
    DISPUTE,
    TRAFFIC,
    HELP,
    FIRE,
    NON_POLICE
}
