package cn.fengqiao.incident.messaging;

/** The topics incident-service writes to. */
public final class IncidentTopics {

    public static final String INCIDENT_EVENTS = "incident-events";

    private IncidentTopics() {}
}
