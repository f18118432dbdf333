package cn.fengqiao.resident.rest;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.fengqiao.resident.domain.Gender;
import cn.fengqiao.resident.domain.HouseholdType;

/**
 * Body of {@code POST /api/residents}. Gender and birth date come from the ID number; when given they
 * must agree with it. The community is the address's, or the one given when no address is known.
 */
public record PersonRequests(
        @NotBlank @Size(max = 18) String idNumber,
        @NotBlank @Size(max = 50) String name,
        Gender gender,
        LocalDate birthDate,

        @Pattern(regexp = "(\\+86)?1[3-9]\\d{9}", message = "{fengqiao.mobile}")
        String phone,

        @NotNull HouseholdType householdType,
        UUID addressId,

        @Pattern(regexp = "[a-z][a-z0-9-]{1,39}", message = "{fengqiao.community}")
        String community,

        @Size(max = 100) String occupation,
        @Size(max = 200) String workplace,
        LocalDate permitFrom,
        LocalDate permitUntil) {}
