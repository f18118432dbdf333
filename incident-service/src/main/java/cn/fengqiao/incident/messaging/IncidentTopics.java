package cn.fengqiao.incident.messaging;

/** The topics incident-service writes to. */
public final class IncidentTopics {

    public static final String INCIDENT_EVENTS = "incident-events";

    /** The public feed other city systems may read (infrastructure/src/main/public-events). */
    public static final String PUBLIC_EVENTS = "public-events";

    private IncidentTopics() {}
}
