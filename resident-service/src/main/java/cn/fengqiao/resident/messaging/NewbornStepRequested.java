package cn.fengqiao.resident.messaging;

import java.time.Instant;
import java.util.UUID;

/**
 * Data of {@code cn.fengqiao.resident.newborn-step-requested.v1}: a city system has a step to do. It
 * carries no personal data: the system reads the application as city-system through the API.
 */
public record NewbornStepRequested(UUID applicationId, String number, String step, Instant dueAt) {

    public static final String TYPE = "cn.fengqiao.resident.newborn-step-requested.v1";
}
