package cn.fengqiao.mediation.domain;

/** What a follow-up visit found: the settlement holds, or the dispute is back. */
public enum FollowUpOutcome {
    STABLE,
    RECURRED
}
