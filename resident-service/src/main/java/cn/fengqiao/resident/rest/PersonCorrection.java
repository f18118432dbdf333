package cn.fengqiao.resident.rest;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.fengqiao.resident.domain.HouseholdType;

/**
 * What {@code PATCH /api/residents/{id}} may correct (a merge patch: give the fields to change, null
 * to remove a value). The ID number, and with it gender and birth date, are not corrected here: a
 * wrong ID number is a new registration.
 */
public record PersonCorrection(
        @Size(min = 1, max = 50) String name,

        @Pattern(regexp = "(\\+86)?1[3-9]\\d{9}", message = "{fengqiao.mobile}")
        String phone,

        HouseholdType householdType,
        UUID addressId,
        LocalDate movedInOn,
        LocalDate movedOutOn,
        LocalDate deceasedOn,
        @Size(max = 100) String occupation,
        @Size(max = 200) String workplace,
        LocalDate permitFrom,
        LocalDate permitUntil) {}
