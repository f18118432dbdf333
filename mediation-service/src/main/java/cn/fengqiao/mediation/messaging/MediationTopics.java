package cn.fengqiao.mediation.messaging;

/** The topics mediation-service writes to. */
public final class MediationTopics {

    public static final String MEDIATION_EVENTS = "mediation-events";

    /** The public feed other city systems may read (infrastructure/src/main/public-events). */
    public static final String PUBLIC_EVENTS = "public-events";

    private MediationTopics() {}
}
