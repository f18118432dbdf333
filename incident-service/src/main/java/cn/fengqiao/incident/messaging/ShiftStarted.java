package cn.fengqiao.incident.messaging;

import java.time.Instant;
import java.util.UUID;

/** patrol-service's {@code patrol.shift-started}, as this service reads it. */
public record ShiftStarted(
        UUID shiftId,
        UUID planId,
        String patrollerCode,
        String patrollerName,
        String level,
        String community,
        String sector,
        String areaCode,
        Instant startsAt,
        Instant endsAt) {

    public static final String TYPE = "cn.fengqiao.patrol.shift-started.v1";
}
