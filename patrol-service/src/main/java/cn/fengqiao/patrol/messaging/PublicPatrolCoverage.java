package cn.fengqiao.patrol.messaging;

import java.time.LocalDate;

/** {@code public.patrol-coverage} on the public feed: the station's day of visible presence. */
public record PublicPatrolCoverage(LocalDate day, int areas, long plannedMinutes, long actualMinutes, Double ratio) {

    public static final String TYPE = "cn.fengqiao.public.patrol-coverage.v1";
}
