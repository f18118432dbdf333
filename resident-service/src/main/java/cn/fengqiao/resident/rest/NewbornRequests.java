package cn.fengqiao.resident.rest;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.fengqiao.resident.domain.Gender;
import cn.fengqiao.resident.domain.NewbornStepKind;

/** Bodies of the newborn application operations. */
public final class NewbornRequests {

    private NewbornRequests() {}

    /** One application: the child, the medical birth certificate, at least one parent's ID, the hukou address. */
    public record Submit(
            @NotBlank @Size(max = 50) String childName,
            @NotNull Gender childGender,
            @NotNull LocalDate birthDate,
            @NotBlank @Size(max = 200) String birthPlace,

            @NotBlank @Pattern(regexp = "[A-Z]?\\d{9,12}", message = "{fengqiao.birth-certificate}")
            String birthCertificateNo,

            @Size(max = 18) String fatherIdNumber,
            @Size(max = 18) String motherIdNumber,
            @NotNull UUID hukouAddressId) {}

    /** A city system's callback for its step: done (with its reference) or failed (with why). */
    public record StepOutcome(
            @NotNull NewbornStepKind step,
            boolean done,
            @Size(max = 100) String reference,
            @Size(max = 500) String note) {}

    public record Withdraw(@Size(max = 500) String reason) {}
}
