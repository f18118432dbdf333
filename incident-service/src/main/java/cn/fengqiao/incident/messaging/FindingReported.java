package cn.fengqiao.incident.messaging;

import java.time.Instant;
import java.util.UUID;

/** patrol-service's {@code patrol.finding-reported}, as this service reads it: it becomes an incident. */
public record FindingReported(
        UUID findingId,
        String source,
        String category,
        String summary,
        String community,
        String areaCode,
        String addressText,
        Double latitude,
        Double longitude,
        String cameraCode,
        String preset,
        String clipRef,
        String reportedBy,
        Instant reportedAt) {

    public static final String TYPE = "cn.fengqiao.patrol.finding-reported.v1";
}
