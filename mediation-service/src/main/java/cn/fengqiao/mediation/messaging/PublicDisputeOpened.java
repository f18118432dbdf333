package cn.fengqiao.mediation.messaging;

import java.time.Instant;
import java.util.UUID;

/** {@code public.dispute-opened} on the public feed: codes, times and the community, never a party. */
public record PublicDisputeOpened(
        UUID disputeId, String number, String source, String type, String community, Instant openedAt) {

    public static final String TYPE = "cn.fengqiao.public.dispute-opened.v1";
}
