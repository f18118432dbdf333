package cn.fengqiao.mediation.rest;

import java.util.UUID;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.fengqiao.mediation.domain.PartySide;

/**
 * What {@code PATCH /api/disputes/{id}/parties/{partyId}} may correct (a merge patch): the side, the
 * resident the party is, the name and the contact. A party keeps a resident or a name.
 */
public record PartyCorrection(
        PartySide side,
        UUID residentId,
        @Size(min = 1, max = 100) String name,

        @Pattern(regexp = DisputeRequests.PHONE, message = DisputeRequests.PHONE_MESSAGE)
        String contact) {}
