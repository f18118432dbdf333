package cn.fengqiao.incident.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;

import cn.fengqiao.incident.domain.IncidentCategory;
import cn.fengqiao.incident.domain.IncidentSubCategory;
import cn.fengqiao.incident.domain.Priority;

/**
 * What {@code PATCH /api/incidents/{id}} may correct while the incident is open (a merge patch: the
 * fields to change, null to remove an optional one). The channel, the number and who reported it are
 * facts of the call, not corrected.
 */
public record IncidentCorrection(
        IncidentCategory category,
        IncidentSubCategory subCategory,
        @Size(min = 1, max = 2000) String summary,
        Priority priority,
        @Size(max = 64) String addressId,
        @Size(max = 500) String addressText,
        @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @DecimalMin("-180") @DecimalMax("180") Double longitude) {}
