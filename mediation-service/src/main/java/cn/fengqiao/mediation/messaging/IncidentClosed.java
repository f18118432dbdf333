package cn.fengqiao.mediation.messaging;

import java.time.Instant;
import java.util.UUID;

/** This service's copy of {@code cn.fengqiao.incident.closed.v1}: only the fields it reads (tolerant reader). */
public record IncidentClosed(UUID incidentId, String outcome, Instant closedAt) {

    public static final String TYPE = "cn.fengqiao.incident.closed.v1";
}
