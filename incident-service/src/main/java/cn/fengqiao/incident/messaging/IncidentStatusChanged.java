package cn.fengqiao.incident.messaging;

import java.time.Instant;
import java.util.UUID;

/** Data of {@code cn.fengqiao.incident.status-changed.v1}: every step of the state machine. */
public record IncidentStatusChanged(
        UUID incidentId, String number, String community, String from, String to, Instant changedAt) {

    public static final String TYPE = "cn.fengqiao.incident.status-changed.v1";
}
