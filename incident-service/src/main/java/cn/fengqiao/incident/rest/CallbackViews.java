package cn.fengqiao.incident.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.fengqiao.incident.domain.Callback;
import cn.fengqiao.incident.domain.Rectification;
import cn.fengqiao.incident.domain.Satisfaction;

/** Callbacks and rectifications as callers see them, and the bodies they send. */
public final class CallbackViews {

    private CallbackViews() {}

    @Schema(name = "CallbackView")
    public record View(
            long id,
            UUID incidentId,
            Instant dueAt,
            String status,
            Boolean reached,
            String satisfaction,
            String comment,
            String channel,
            String recordedBy,
            Instant recordedAt,
            boolean linkIssued) {
        static View of(Callback c) {
            return new View(
                    c.id,
                    c.incidentId,
                    c.dueAt,
                    c.status.name(),
                    c.reached,
                    c.satisfaction == null ? null : c.satisfaction.name(),
                    c.comment,
                    c.channel == null ? null : c.channel.name(),
                    c.recordedBy,
                    c.recordedAt,
                    c.linkTokenHash != null);
        }
    }

    public record Task(
            long id,
            long callbackId,
            UUID incidentId,
            String owner,
            Instant openedAt,
            LocalDate deadline,
            Instant completedAt,
            String outcome) {
        static Task of(Rectification r) {
            return new Task(
                    r.id, r.callbackId, r.incidentId, r.owner, r.openedAt, r.deadline, r.completedAt, r.outcome);
        }
    }

    public record Call(
            @NotNull Boolean reached,
            Satisfaction satisfaction,
            @Size(max = 2000) String comment,
            @Size(max = 100) String owner) {}

    public record Rating(
            @NotNull Satisfaction satisfaction,
            @Size(max = 2000) String comment) {}

    public record Link(String token, String path, Instant expiresAt) {}

    public record Completion(@NotBlank @Size(max = 2000) String outcome) {}
}
