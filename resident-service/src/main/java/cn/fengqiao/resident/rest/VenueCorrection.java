package cn.fengqiao.resident.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.fengqiao.resident.domain.VenueKind;

/**
 * What {@code PATCH /api/venues/{id}} may correct: the name over the door, the kind of business, the
 * licence, the person in charge and their phone, the cameras, and the day the venue closed for good
 * (null: it was closed by mistake).
 */
public record VenueCorrection(
        @Size(min = 1, max = 100) String name,
        VenueKind kind,
        @Size(max = 50) String licence,
        @Size(max = 50) String personInCharge,

        @Pattern(regexp = "(\\+86)?1[3-9]\\d{9}", message = "{fengqiao.mobile}")
        String personInChargePhone,

        Boolean camerasCoverEntrance,
        LocalDate closedOn) {}
