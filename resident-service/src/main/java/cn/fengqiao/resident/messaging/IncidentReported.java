package cn.fengqiao.resident.messaging;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** This service's copy of {@code cn.fengqiao.incident.reported.v1}: only the fields it reads (tolerant reader). */
public record IncidentReported(
        UUID incidentId,
        String number,
        String category,
        String community,
        String addressId,
        String addressText,
        Instant reportedAt,
        List<UUID> residentIds) {

    public static final String TYPE = "cn.fengqiao.incident.reported.v1";
}
