package cn.fengqiao.patrol.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** {@code patrol.plan-published}: a plan the station signed; its shifts will start and end by the clock. */
public record PlanPublished(
        UUID planId,
        LocalDate from,
        LocalDate to,
        long shifts,
        long hardScore,
        long mediumScore,
        long softScore,
        String publishedBy,
        Instant publishedAt) {}
