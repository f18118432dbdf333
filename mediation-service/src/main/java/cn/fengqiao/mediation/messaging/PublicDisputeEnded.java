package cn.fengqiao.mediation.messaging;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code public.dispute-ended} on the public feed: the dispute is finished at the station. Outcome
 * SETTLED, FAILED, NO_DISPUTE (screened out) or REFERRED (with the body it went to).
 */
public record PublicDisputeEnded(
        UUID disputeId,
        String number,
        String type,
        String community,
        String outcome,
        String referredTo,
        Instant openedAt,
        Instant endedAt) {

    public static final String TYPE = "cn.fengqiao.public.dispute-ended.v1";
}
