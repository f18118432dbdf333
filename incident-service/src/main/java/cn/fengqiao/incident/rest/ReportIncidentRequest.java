package cn.fengqiao.incident.rest;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.fengqiao.incident.domain.Channel;
import cn.fengqiao.incident.domain.IncidentCategory;
import cn.fengqiao.incident.domain.IncidentSubCategory;
import cn.fengqiao.incident.domain.Priority;

/** Body of {@code POST /api/incidents}: the minimum is channel, category, summary and community. */
public record ReportIncidentRequest(
        @NotNull Channel channel,
        @NotNull IncidentCategory category,
        IncidentSubCategory subCategory,
        Priority priority,
        @NotBlank @Size(max = 2000) String summary,

        @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{1,39}", message = "{fengqiao.community}")
        String community,

        @Pattern(regexp = "[A-Za-z0-9-]{1,40}", message = "{fengqiao.grid}")
        String grid,

        @Size(max = 64) String addressId,
        @Size(max = 500) String addressText,
        @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @DecimalMin("-180") @DecimalMax("180") Double longitude,
        @Size(max = 100) String reporterName,

        @Pattern(regexp = "(\\+86)?1[3-9]\\d{9}", message = "{fengqiao.mobile}")
        String reporterPhone,

        @Size(max = 20) List<@Valid @NotNull PersonRequest> personsInvolved) {}
