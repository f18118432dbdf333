package cn.fengqiao.incident.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.fengqiao.incident.domain.CaseKind;
import cn.fengqiao.incident.domain.CaseType;

/** Bodies of the case operations. */
public final class CaseRequests {

    private CaseRequests() {}

    public record Escalate(
            @NotNull CaseKind kind,
            @NotNull CaseType type,
            @Size(max = 500) String title) {}

    public record Open(
            @NotNull CaseKind kind,
            @NotNull CaseType type,
            @NotBlank @Size(max = 500) String title,

            @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{1,39}", message = "{fengqiao.community}")
            String community) {}

    public record Suspect(UUID residentId, @Size(max = 1000) String description, boolean fugitive) {}

    public record Caught(Instant caughtAt) {}

    public record Members(
            @NotEmpty @Size(max = 30) List<@NotBlank @Size(max = 100) String> members,
            @NotBlank @Size(max = 100) String lead) {}
}
