package cn.fengqiao.incident.messaging;

import java.time.Instant;
import java.util.UUID;

/** {@code public.incident-reported} on the public feed: codes, times and the community, nothing personal. */
public record PublicIncidentReported(
        UUID incidentId,
        String number,
        String channel,
        String category,
        String subCategory,
        String community,
        Instant reportedAt) {

    public static final String TYPE = "cn.fengqiao.public.incident-reported.v1";
}
