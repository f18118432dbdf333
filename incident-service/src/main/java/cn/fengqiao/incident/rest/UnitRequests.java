package cn.fengqiao.incident.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.fengqiao.incident.domain.UnitKind;

/** Bodies of the unit operations. */
public final class UnitRequests {

    private UnitRequests() {}

    public record CreateUnit(
            @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,39}", message = "{fengqiao.unit-code}")
            String code,

            @NotBlank @Size(max = 100) String name,
            @NotNull UnitKind kind,

            @Pattern(regexp = "[a-z][a-z0-9-]{1,39}", message = "{fengqiao.community}")
            String community) {}

    public record Duty(@NotNull Boolean onDuty) {}
}
