package cn.fengqiao.patrol.messaging;

import java.time.Instant;
import java.util.UUID;

import cn.fengqiao.patrol.domain.Level;

/**
 * {@code patrol.shift-started}: someone went on duty. The patroller code is the unit code
 * incident-service dispatches by; name, level and community let it add a unit it has not seen.
 */
public record ShiftStarted(
        UUID shiftId,
        UUID planId,
        String patrollerCode,
        String patrollerName,
        Level level,
        String community,
        String sector,
        String areaCode,
        Instant startsAt,
        Instant endsAt) {}
