package cn.fengqiao.mediation.messaging;

import java.time.Instant;
import java.util.UUID;

/** Data of {@code cn.fengqiao.dispute.follow-up-recorded.v1}: a follow-up visit found the settlement stable or the dispute recurred (and reopened). */
public record DisputeFollowUpRecorded(
        UUID disputeId,
        String number,
        UUID incidentId,
        String community,
        int daysAfter,
        String outcome,
        String satisfaction,
        boolean reopened,
        Instant visitedAt) {

    public static final String TYPE = "cn.fengqiao.dispute.follow-up-recorded.v1";
}
