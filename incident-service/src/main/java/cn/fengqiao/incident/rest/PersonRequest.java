package cn.fengqiao.incident.rest;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.fengqiao.incident.domain.PersonRole;

/** A person in an incident: a registered resident by id, or a name and/or phone. */
public record PersonRequest(
        @NotNull PersonRole role,
        UUID residentId,
        @Size(max = 100) String name,

        @Pattern(regexp = "(\\+86)?1[3-9]\\d{9}", message = "{fengqiao.mobile}")
        String phone) {}
