package cn.fengqiao.incident.domain;

/** What a person is to an incident. */
public enum PersonRole {
    REPORTER,
    VICTIM,
    SUSPECT,
    WITNESS,
    INVOLVED
}
