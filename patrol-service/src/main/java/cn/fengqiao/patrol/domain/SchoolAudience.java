package cn.fengqiao.patrol.domain;

/** Who the community police school trains. */
public enum SchoolAudience {
    COMMUNITY_ASSISTANT,
    POLICE_ASSISTANT,
    GRID_WORKER,
    SECURITY_GUARD,
    SMALL_VENUE_OWNER,
    CITIZEN_REPRESENTATIVE
}
