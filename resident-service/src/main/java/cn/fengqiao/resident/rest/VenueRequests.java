package cn.fengqiao.resident.rest;

import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.fengqiao.resident.domain.Finding;
import cn.fengqiao.resident.domain.VenueKind;

/** Bodies of the venue operations. */
public final class VenueRequests {

    private VenueRequests() {}

    public record Venue(
            @NotBlank @Size(max = 100) String name,
            @NotNull VenueKind kind,
            @Size(max = 50) String licence,
            @Size(max = 50) String personInCharge,

            @Pattern(regexp = "(\\+86)?1[3-9]\\d{9}", message = "{fengqiao.mobile}")
            String personInChargePhone,

            UUID addressId,

            @Pattern(regexp = "[a-z][a-z0-9-]{1,39}", message = "{fengqiao.community}")
            String community,

            boolean camerasCoverEntrance) {}

    /** No findings: passed. Findings: a rectification notice due in the days given (7 by default). */
    public record Inspection(
            @NotNull @Size(max = 3) Set<@NotNull Finding> findings,
            @Size(max = 2000) String notes,
            @Min(1) @Max(90) Integer rectificationDays) {}

    /** The revisit: rectified (closed) or not (escalated). */
    public record Revisit(
            @NotNull Boolean rectified, @Size(max = 2000) String note) {}
}
