package cn.fengqiao.incident.messaging;

import java.time.Instant;
import java.util.UUID;

/**
 * Data of {@code cn.fengqiao.incident.transferred.v1}: handed to 120, 119, 12345 or another unit.
 * The free-text reason stays in incident-service (it may name people).
 */
public record IncidentTransferred(
        UUID incidentId, String number, String community, String target, String reference, Instant transferredAt) {

    public static final String TYPE = "cn.fengqiao.incident.transferred.v1";
}
