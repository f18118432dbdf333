package cn.fengqiao.resident.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;

/**
 * What {@code PATCH /api/addresses/{id}} may correct: the name (a road renamed; the full names below it
 * follow), the position, and the day it stopped existing (retiredOn; refused while anything still
 * hangs off it). The code and the place in the tree are not corrected: that is another address.
 */
public record AddressCorrection(
        @Size(min = 1, max = 100) String name,
        @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @DecimalMin("-180") @DecimalMax("180") Double longitude,
        LocalDate retiredOn) {}
