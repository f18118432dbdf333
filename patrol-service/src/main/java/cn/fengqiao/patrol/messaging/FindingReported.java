package cn.fengqiao.patrol.messaging;

import java.time.Instant;
import java.util.UUID;

import cn.fengqiao.patrol.domain.FindingCategory;
import cn.fengqiao.patrol.domain.FindingSource;

/**
 * {@code patrol.finding-reported}: a patrol saw something. incident-service opens an incident of
 * the same category, channel PATROL or VIDEO_PATROL, once per finding.
 */
public record FindingReported(
        UUID findingId,
        FindingSource source,
        FindingCategory category,
        String summary,
        String community,
        String areaCode,
        String addressText,
        Double latitude,
        Double longitude,
        String cameraCode,
        String preset,
        String clipRef,
        String reportedBy,
        Instant reportedAt) {}
