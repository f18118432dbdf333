package cn.fengqiao.mediation.messaging;

import java.time.Instant;
import java.util.UUID;

/** Data of {@code cn.fengqiao.dispute.referred.v1}: handed to a court, arbitration, 12345 or another department. The reason stays here. */
public record DisputeReferred(
        UUID disputeId,
        String number,
        UUID incidentId,
        String type,
        String community,
        String target,
        Instant referredAt) {

    public static final String TYPE = "cn.fengqiao.dispute.referred.v1";
}
