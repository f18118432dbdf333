package cn.fengqiao.incident.messaging;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code cn.fengqiao.incident.reported.v1}: a new incident. No reporter name or phone:
 * consumers get what they need to act, not personal data. {@code residentIds} names the registered
 * residents involved (by id only), for involvement counts and repeat early warning.
 */
public record IncidentReported(
        UUID incidentId,
        String number,
        String channel,
        String category,
        String subCategory,
        String priority,
        String community,
        String addressId,
        String addressText,
        Double latitude,
        Double longitude,
        Instant reportedAt,
        List<UUID> residentIds) {

    public static final String TYPE = "cn.fengqiao.incident.reported.v1";
}
