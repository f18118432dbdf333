package cn.fengqiao.incident.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.fengqiao.incident.domain.Agency;
import cn.fengqiao.incident.domain.IncidentStatus;
import cn.fengqiao.incident.domain.TransferTarget;

/** Bodies of the lifecycle operations on an incident. */
public final class IncidentRequests {

    private IncidentRequests() {}

    public record Dispatch(
            @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 40) String> unitCodes,
            @Size(max = 2000) String note) {}

    /** EN_ROUTE, ON_SCENE, HANDLED or CLOSED. */
    public record Progress(
            @NotNull IncidentStatus status,
            @Size(max = 2000) String note) {}

    public record Transfer(
            @NotNull TransferTarget target,
            @NotBlank @Size(max = 2000) String reason,
            @Size(max = 100) String reference) {}

    public record Cancel(@NotBlank @Size(max = 2000) String reason) {}

    public record Merge(
            @NotNull UUID intoIncidentId, @Size(max = 2000) String note) {}

    public record Narrative(@NotBlank @Size(max = 4000) String text) {}

    public record Strike(@NotBlank @Size(max = 500) String reason) {}

    public record AgencyContact(
            @NotNull Agency agency,
            Instant askedAt,
            @Size(max = 100) String reference,
            @Size(max = 2000) String note) {}

    public record Arrival(Instant arrivedAt) {}
}
