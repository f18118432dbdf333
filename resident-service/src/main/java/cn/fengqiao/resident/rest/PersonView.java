package cn.fengqiao.resident.rest;

import java.time.LocalDate;
import java.util.UUID;

import cn.fengqiao.resident.domain.Gender;
import cn.fengqiao.resident.domain.HouseholdType;

/**
 * A person as the API shows them. {@code idNumber} and {@code phone} are masked unless the service
 * decided the caller sees them whole (and audited that look). No tier field at all: tiers are shown
 * only on the station's own console, through their own endpoint.
 */
public record PersonView(
        UUID id,
        String idNumber,
        String name,
        Gender gender,
        LocalDate birthDate,
        String phone,
        HouseholdType householdType,
        UUID addressId,
        String community,
        String occupation,
        String workplace,
        LocalDate permitFrom,
        LocalDate permitUntil,
        boolean numbersWhole,
        long version) {}
