package cn.fengqiao.patrol.messaging;

import java.time.Instant;
import java.util.UUID;

/** {@code patrol.checkpoint-missed}: a checkpoint of a shift's round was not checked in by its deadline. */
public record CheckpointMissed(
        UUID shiftId, String patrollerCode, String areaCode, String checkpointCode, Instant dueBy) {}
