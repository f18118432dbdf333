package cn.fengqiao.incident.messaging;

import java.time.Instant;
import java.util.UUID;

/** patrol-service's {@code patrol.shift-ended}, as this service reads it. */
public record ShiftEnded(UUID shiftId, UUID planId, String patrollerCode, Instant endsAt) {

    public static final String TYPE = "cn.fengqiao.patrol.shift-ended.v1";
}
