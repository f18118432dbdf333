package cn.fengqiao.mediation.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.fengqiao.infrastructure.problem.Bounds;
import cn.fengqiao.mediation.domain.DisputeSource;
import cn.fengqiao.mediation.domain.DisputeType;
import cn.fengqiao.mediation.domain.FollowUpOutcome;
import cn.fengqiao.mediation.domain.JudicialStatus;
import cn.fengqiao.mediation.domain.MediatorKind;
import cn.fengqiao.mediation.domain.PartySide;
import cn.fengqiao.mediation.domain.ReferralTarget;
import cn.fengqiao.mediation.domain.RiskGrade;
import cn.fengqiao.mediation.domain.Satisfaction;
import cn.fengqiao.mediation.domain.WarningLevel;

/** Bodies of the dispute operations. Status, number, times and the repeat flag are the service's to set, never a body's. */
public final class DisputeRequests {

    private DisputeRequests() {}

    static final String PHONE = "(\\+86)?1[3-9]\\d{9}";
    static final String PHONE_MESSAGE = "must be a mainland mobile number such as 13812345678";

    /** A party: a registered resident by id, or a name (and a contact). */
    public record Party(
            @NotNull PartySide side,
            UUID residentId,
            @Size(max = 100) String name,

            @Pattern(regexp = PHONE, message = PHONE_MESSAGE)
            String contact) {}

    /** {@code POST /api/disputes}: a walk-in, a grid worker's report or a screening round's find. */
    public record Open(
            @NotNull DisputeSource source,
            @NotNull DisputeType type,

            @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{1,39}", message = "{fengqiao.community}")
            String community,

            @Size(max = 64) String addressId,
            @Size(max = 500) String addressText,
            RiskGrade riskGrade,
            WarningLevel warningLevel,
            @Size(max = 100) String leaderInCharge,
            @NotBlank @Size(max = 2000) String summary,
            @Size(max = 20) List<@Valid @NotNull Party> parties) {}

    public record Note(@Size(max = 1000) String note) {}

    /** A new assessment of the dispute; only the fields given change. */
    public record Assessment(
            DisputeType type,
            RiskGrade riskGrade,
            WarningLevel warningLevel,
            @Size(max = 100) String leaderInCharge,
            @Size(min = 1, max = 2000) String summary,
            @Size(max = 1000) String note) {}

    /** Assign a mediator: by default the caller; a duty lawyer is chosen by the rota unless one is named. */
    public record Assign(
            @NotNull MediatorKind kind,
            @Size(max = 100) String mediator,
            @Size(max = 100) String mediatorName,
            @Min(1) @Max(Bounds.MAX_ID) Long lawyerId) {}

    public record Session(
            @NotNull Instant startsAt,
            @NotNull Instant endsAt,
            boolean inRoom,
            boolean withDutyLawyer,
            @Size(max = 2000) String notes) {}

    public record Sign(@NotBlank @Size(max = 5000) String terms) {}

    public record Fail(@NotBlank @Size(max = 1000) String reason) {}

    public record Refer(
            @NotNull ReferralTarget target,
            @NotBlank @Size(max = 1000) String reason) {}

    public record Confirm(
            @NotNull @Min(1) @Max(Bounds.MAX_ID) Long partyId) {}

    /** Both (all) parties apply together for judicial confirmation. */
    public record JudicialRequest(@NotEmpty @Size(max = 20) List<@NotNull @Min(1) @Max(Bounds.MAX_ID) Long> partyIds) {}

    /** The court's answer, sent by the court's system as city-system. */
    public record JudicialDecision(
            @NotNull JudicialStatus decision,
            @NotBlank @Size(max = 100) String courtReference,
            @Size(max = 1000) String reason) {}

    public record FollowUpVisit(
            @NotNull FollowUpOutcome outcome,
            @NotNull Satisfaction satisfaction,
            @Size(max = 2000) String note) {}
}
