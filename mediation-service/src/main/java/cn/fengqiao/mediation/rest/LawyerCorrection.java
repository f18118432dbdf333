package cn.fengqiao.mediation.rest;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * What {@code PATCH /api/mediation/lawyers/{id}} may correct (a merge patch): name, firm, the lawyer as
 * a resident, the place on the duty rota, and whether the lawyer is on it at all (active).
 */
public record LawyerCorrection(
        @Size(min = 1, max = 100) String name,
        @Size(max = 200) String firm,
        UUID residentId,
        @PositiveOrZero @Max(1000) Integer rotaOrder,
        Boolean active) {}
