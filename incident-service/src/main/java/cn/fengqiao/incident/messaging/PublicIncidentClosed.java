package cn.fengqiao.incident.messaging;

import java.time.Instant;
import java.util.UUID;

/** {@code public.incident-closed} on the public feed: how and when an incident ended, nothing personal. */
public record PublicIncidentClosed(
        UUID incidentId,
        String number,
        String category,
        String community,
        String outcome,
        Instant reportedAt,
        Instant closedAt) {

    public static final String TYPE = "cn.fengqiao.public.incident-closed.v1";
}
