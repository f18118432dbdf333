package cn.fengqiao.incident.rest;

import jakarta.validation.constraints.Size;

import cn.fengqiao.incident.domain.CaseKind;
import cn.fengqiao.incident.domain.CaseType;

/**
 * What {@code PATCH /api/cases/{id}} may correct (a merge patch): the title, and the kind and type a
 * case turned out to be (a theft that was a fraud); the statistics count it as corrected.
 */
public record CaseCorrection(
        CaseKind kind,
        CaseType type,
        @Size(min = 1, max = 500) String title) {}
