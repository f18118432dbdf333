package cn.fengqiao.patrol.messaging;

import java.time.LocalDate;

/** {@code patrol.coverage-computed}: a day's visible presence (见警率), planned against actual minutes. */
public record CoverageComputed(LocalDate day, int areas, long plannedMinutes, long actualMinutes, Double ratio) {}
