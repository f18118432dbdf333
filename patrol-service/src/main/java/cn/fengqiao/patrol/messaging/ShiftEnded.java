package cn.fengqiao.patrol.messaging;

import java.time.Instant;
import java.util.UUID;

/** {@code patrol.shift-ended}: someone went off duty. */
public record ShiftEnded(UUID shiftId, UUID planId, String patrollerCode, Instant endsAt) {}
