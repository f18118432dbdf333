package cn.fengqiao.resident.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Data of {@code cn.fengqiao.resident.tier-changed.v1}, on the restricted topic only: no reasons, no names. */
public record TierChanged(UUID personId, String fromTier, String toTier, LocalDate reviewDue, Instant changedAt) {

    public static final String TYPE = "cn.fengqiao.resident.tier-changed.v1";
}
