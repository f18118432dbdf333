package cn.fengqiao.incident.messaging;

import java.time.Instant;
import java.util.UUID;

/** This service's copy of {@code cn.fengqiao.dispute.closed.v1}: only the fields it reads (tolerant reader). */
public record DisputeClosed(UUID disputeId, String outcome, Instant closedAt) {

    public static final String TYPE = "cn.fengqiao.dispute.closed.v1";
}
