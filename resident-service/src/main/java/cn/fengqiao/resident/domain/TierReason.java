package cn.fengqiao.resident.domain;

/** Why a person is on a tier above GENERAL. */
public enum TierReason {
    OCCUPATION,
    PRIOR_RECORD,
    REPEATED_INCIDENT_INVOLVEMENT,
    RELEASED_FROM_CUSTODY,
    COMMUNITY_CORRECTION,
    DRUG_USE_HISTORY
}
