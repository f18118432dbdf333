package cn.fengqiao.resident.rest;

import java.util.UUID;

import jakarta.validation.constraints.Size;

import cn.fengqiao.resident.domain.DwellingKind;
import cn.fengqiao.resident.domain.DwellingUse;

/**
 * What {@code PATCH /api/housing/{id}} may correct (a merge patch: give the fields to change, null to
 * remove a value): the dwelling's kind, its use (a flat now let out, a shop now lived in) and its owner.
 * The address is not corrected: a dwelling at another address is another dwelling.
 */
public record DwellingCorrection(
        DwellingKind kind,
        DwellingUse use,
        UUID ownerPersonId,
        @Size(max = 50) String ownerName) {}
