package cn.fengqiao.mediation.domain;

/** Judicial confirmation (司法确认) of an agreement: not asked, requested from the court, confirmed or rejected. */
public enum JudicialStatus {
    NONE,
    REQUESTED,
    CONFIRMED,
    REJECTED
}
