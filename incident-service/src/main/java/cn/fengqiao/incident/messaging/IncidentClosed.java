package cn.fengqiao.incident.messaging;

import java.time.Instant;
import java.util.UUID;

/**
 * Data of {@code cn.fengqiao.incident.closed.v1}: the incident is finished (closed, transferred, merged
 * or cancelled, as {@code outcome} says), with its response times in seconds where they apply.
 */
public record IncidentClosed(
        UUID incidentId,
        String number,
        String community,
        String category,
        String outcome,
        Instant reportedAt,
        Instant closedAt,
        Long secondsToDispatch,
        Long secondsToScene,
        Long secondsToClose) {

    public static final String TYPE = "cn.fengqiao.incident.closed.v1";
}
