package cn.fengqiao.incident.messaging;

import java.time.Instant;
import java.util.UUID;

/** This service's copy of {@code cn.fengqiao.dispute.opened.v1}: only the fields it reads (tolerant reader). */
public record DisputeOpened(
        UUID disputeId, String number, UUID incidentId, String type, String community, Instant screenedAt) {

    public static final String TYPE = "cn.fengqiao.dispute.opened.v1";
}
