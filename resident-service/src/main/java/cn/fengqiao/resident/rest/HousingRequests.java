package cn.fengqiao.resident.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.fengqiao.resident.domain.DwellingKind;
import cn.fengqiao.resident.domain.DwellingUse;

/** Bodies of the housing operations. */
public final class HousingRequests {

    private HousingRequests() {}

    public record Dwelling(
            @NotNull UUID addressId,
            @NotNull DwellingKind kind,
            @NotNull DwellingUse use,
            UUID ownerPersonId,
            @Size(max = 50) String ownerName) {}

    public record Rental(
            UUID landlordPersonId,
            @NotEmpty @Size(max = 30) List<@NotNull UUID> tenantIds,
            @NotNull LocalDate startOn,
            LocalDate endOn,
            boolean registered) {}
}
