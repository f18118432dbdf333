package cn.fengqiao.resident.messaging;

/** The topics resident-service writes to. Tier events go only to the restricted one. */
public final class ResidentTopics {

    public static final String RESIDENT_EVENTS = "resident-events";

    /** Read only by services that need tiers (ACLs in deploy/k8s); never mixed with ordinary events. */
    public static final String RESTRICTED_EVENTS = "resident-restricted-events";

    private ResidentTopics() {}
}
