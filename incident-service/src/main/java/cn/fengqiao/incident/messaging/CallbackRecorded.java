package cn.fengqiao.incident.messaging;

import java.time.Instant;
import java.util.UUID;

/** Data of {@code cn.fengqiao.callback.recorded.v1}: a caller's answer (no comment: it may name people). */
public record CallbackRecorded(
        UUID incidentId, String community, boolean reached, String satisfaction, String channel, Instant recordedAt) {

    public static final String TYPE = "cn.fengqiao.callback.recorded.v1";
}
