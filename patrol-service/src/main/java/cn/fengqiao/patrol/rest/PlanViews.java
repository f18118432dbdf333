package cn.fengqiao.patrol.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.fengqiao.infrastructure.problem.Bounds;
import cn.fengqiao.patrol.domain.Level;
import cn.fengqiao.patrol.domain.PatrolPlan;
import cn.fengqiao.patrol.domain.PlanShift;
import cn.fengqiao.patrol.domain.PlanStatus;

/** What the plan endpoints answer. */
public final class PlanViews {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PlanViews() {}

    /** Body of {@code POST /api/patrol/plans}; the seed makes a plan repeatable (a default one is used otherwise). */
    public record Request(
            LocalDate from,
            LocalDate to,
            @Min(0) @Max(Bounds.MAX_ID) Long seed) {}

    public record Score(long hard, long medium, long soft) {}

    public record Plan(
            UUID id,
            LocalDate from,
            LocalDate to,
            PlanStatus status,
            long seed,
            Score score,
            Long baselineSoftScore,
            Long solverMillis,
            List<String> findings,
            String failure,
            String createdBy,
            Instant createdAt,
            String publishedBy,
            Instant publishedAt,
            long version) {

        static Plan of(PatrolPlan p) {
            return new Plan(
                    p.id,
                    p.periodFrom,
                    p.periodTo,
                    p.status,
                    p.seed,
                    p.hardScore == null ? null : new Score(p.hardScore, p.mediumScore, p.softScore),
                    p.baselineSoft,
                    p.solverMillis,
                    p.findings == null ? List.of() : read(p.findings, new TypeReference<List<String>>() {}),
                    p.failure,
                    p.createdBy,
                    p.createdAt,
                    p.publishedBy,
                    p.publishedAt,
                    p.version);
        }
    }

    public record Shift(
            UUID id,
            String patroller,
            Level level,
            String sector,
            String area,
            String pair,
            Instant startsAt,
            Instant endsAt,
            JsonNode visits,
            boolean started,
            boolean ended) {

        static Shift of(PlanShift s) {
            return new Shift(
                    s.id,
                    s.patrollerCode,
                    s.level,
                    s.sector,
                    s.areaCode,
                    s.pairKey,
                    s.startsAt,
                    s.endsAt,
                    s.visits == null ? null : read(s.visits, new TypeReference<JsonNode>() {}),
                    s.startedAt != null,
                    s.endedAt != null);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("stored JSON unreadable", e);
        }
    }
}
