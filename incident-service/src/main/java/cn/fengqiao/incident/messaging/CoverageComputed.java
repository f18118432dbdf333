package cn.fengqiao.incident.messaging;

import java.time.LocalDate;

/** patrol-service's {@code patrol.coverage-computed}, as this service reads it: the briefing shows it. */
public record CoverageComputed(LocalDate day, int areas, long plannedMinutes, long actualMinutes, Double ratio) {

    public static final String TYPE = "cn.fengqiao.patrol.coverage-computed.v1";
}
