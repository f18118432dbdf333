package cn.fengqiao.resident.rest;

import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.fengqiao.resident.domain.AddressLevel;

/** Body of {@code POST /api/addresses}: one node of the tree under its parent (or a community at the top). */
public record AddressRequests(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]{0,63}", message = "{fengqiao.stable-code}")
        String code,

        @NotNull AddressLevel level,
        UUID parentId,
        @NotBlank @Size(max = 100) String name,

        @Pattern(regexp = "[a-z][a-z0-9-]{1,39}", message = "{fengqiao.community}")
        String community,

        @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @DecimalMin("-180") @DecimalMax("180") Double longitude) {}
