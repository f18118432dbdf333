package cn.fengqiao.incident.messaging;

import java.time.Instant;
import java.util.UUID;

/** This service's copy of {@code cn.fengqiao.dispute.referred.v1}: only the fields it reads (tolerant reader). */
public record DisputeReferred(UUID disputeId, String target, Instant referredAt) {

    public static final String TYPE = "cn.fengqiao.dispute.referred.v1";
}
