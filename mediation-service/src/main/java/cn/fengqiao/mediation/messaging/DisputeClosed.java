package cn.fengqiao.mediation.messaging;

import java.time.Instant;
import java.util.UUID;

/**
 * Data of {@code cn.fengqiao.dispute.closed.v1}: the dispute is finished here. Outcome SETTLED (an
 * agreement held through the follow-ups), FAILED (mediation failed) or NO_DISPUTE (screened out).
 */
public record DisputeClosed(
        UUID disputeId,
        String number,
        UUID incidentId,
        String type,
        String community,
        String outcome,
        Instant screenedAt,
        Instant closedAt) {

    public static final String TYPE = "cn.fengqiao.dispute.closed.v1";
}
