package cn.fengqiao.incident.messaging;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Data of {@code cn.fengqiao.incident.dispatched.v1}: units sent to an incident. */
public record IncidentDispatched(
        UUID incidentId, String number, String community, List<String> unitCodes, Instant dispatchedAt) {

    public static final String TYPE = "cn.fengqiao.incident.dispatched.v1";
}
