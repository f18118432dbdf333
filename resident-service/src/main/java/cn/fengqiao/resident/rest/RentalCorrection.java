package cn.fengqiao.resident.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What {@code PATCH /api/housing/rentals/{id}} may correct: the day it ends (a rental ended early),
 * the tenants living there now (the whole list), the landlord and the first day.
 */
public record RentalCorrection(
        UUID landlordPersonId,
        @Size(min = 1, max = 30) List<@NotNull UUID> tenantIds,
        LocalDate startOn,
        LocalDate endOn) {}
