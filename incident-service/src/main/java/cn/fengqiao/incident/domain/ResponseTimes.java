package cn.fengqiao.incident.domain;

import java.time.Duration;
import java.time.Instant;

/** Seconds from receipt to dispatch, to arrival on scene and to close; null where a step did not happen. */
public record ResponseTimes(Long secondsToDispatch, Long secondsToScene, Long secondsToClose) {

    public static ResponseTimes of(Incident incident) {
        return new ResponseTimes(
                between(incident.reportedAt, incident.dispatchedAt),
                between(incident.reportedAt, incident.onSceneAt),
                between(incident.reportedAt, incident.closedAt));
    }

    private static Long between(Instant from, Instant to) {
        return from == null || to == null ? null : Duration.between(from, to).toSeconds();
    }
}
