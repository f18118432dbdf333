package cn.fengqiao.patrol.domain;

/** What the community police school (社区警校) teaches. */
public enum SchoolTopic {
    FIRE_SAFETY,
    ANTI_FRAUD,
    DISPUTE_RESOLUTION,
    PROTECTION_OF_MINORS,
    COMMUNITY_SECURITY
}
