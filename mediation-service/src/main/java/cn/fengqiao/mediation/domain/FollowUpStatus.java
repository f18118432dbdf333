package cn.fengqiao.mediation.domain;

/** A scheduled follow-up visit (回访): pending, done, or cancelled because the dispute reopened or closed early. */
public enum FollowUpStatus {
    PENDING,
    DONE,
    CANCELLED
}
