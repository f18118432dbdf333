package cn.fengqiao.mediation.domain;

/** Where a dispute that cannot be settled here goes. */
public enum ReferralTarget {
    COURT,
    ARBITRATION,
    HOTLINE_12345,
    OTHER_DEPARTMENT
}
