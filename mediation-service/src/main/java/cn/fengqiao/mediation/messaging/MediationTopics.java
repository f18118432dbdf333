package cn.fengqiao.mediation.messaging;

/** The topics mediation-service writes to. */
public final class MediationTopics {

    public static final String MEDIATION_EVENTS = "mediation-events";

    private MediationTopics() {}
}
