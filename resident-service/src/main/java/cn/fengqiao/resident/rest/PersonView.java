package cn.fengqiao.resident.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import cn.fengqiao.resident.domain.Gender;
import cn.fengqiao.resident.domain.HouseholdType;
import cn.fengqiao.resident.domain.Tier;

/**
 * A person as the API shows them. {@code idNumber} and {@code phone} are masked unless the service
 * decided the caller sees them whole (and audited that look). {@code tier} and {@code tierReviewDue}
 * exist only for officers and the commander on the station's own client: for everyone else the
 * fields are absent, not empty, so a third-party frontend cannot even tell they exist.
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
        @JsonInclude(JsonInclude.Include.NON_NULL) Tier tier,
        @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate tierReviewDue,
        LocalDate movedInOn,
        LocalDate movedOutOn,
        LocalDate deceasedOn,
        Instant verifiedAt,
        long version) {}
