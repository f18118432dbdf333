package cn.fengqiao.mediation.rest;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import cn.fengqiao.infrastructure.problem.Bounds;
import cn.fengqiao.mediation.domain.ConflictKind;

/** Bodies of the room, lawyer and consultation operations. */
public final class MediationRequests {

    private MediationRequests() {}

    public record Booking(
            @NotNull Instant startsAt,
            @NotNull Instant endsAt,
            @NotBlank @Size(max = 200) String purpose) {}

    public record RegisterLawyer(
            @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9._-]{1,59}", message = "{fengqiao.lawyer}")
            String username,

            @NotBlank @Size(max = 100) String name,
            @Size(max = 200) String firm,
            UUID residentId,
            @NotNull @PositiveOrZero @Max(1000) Integer rotaOrder) {}

    public record Conflict(
            @NotNull ConflictKind kind,
            UUID residentId,
            @Size(max = 100) String name,
            @Size(max = 500) String note) {}

    /** A legal consultation; the lawyer is the caller when a lawyer records it, else the day's duty lawyer. */
    public record Consultation(
            @NotBlank @Size(max = 100) String askerName,
            UUID askerResidentId,

            @Pattern(regexp = DisputeRequests.PHONE, message = DisputeRequests.PHONE_MESSAGE)
            String askerContact,

            @Pattern(regexp = "[a-z][a-z0-9-]{1,39}", message = "{fengqiao.community}")
            String community,

            @NotBlank @Size(max = 200) String topic,
            @NotBlank @Size(max = 5000) String adviceSummary,
            UUID disputeId,
            @Min(1) @Max(Bounds.MAX_ID) Long lawyerId) {}
}
