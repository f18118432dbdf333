package cn.fengqiao.patrol.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.fengqiao.patrol.domain.Level;

/** Bodies of the reference data: areas, checkpoints, key sites, cell factors, patrollers, leave, squads. */
public final class ReferenceRequests {

    private ReferenceRequests() {}

    static final String CODE = "[A-Za-z0-9][A-Za-z0-9-]{0,39}";
    static final String CODE_MESSAGE = "must be a code of letters, digits and hyphens";
    static final String COMMUNITY = "[a-z][a-z0-9-]{1,39}";
    static final String CELL = "-?\\d{1,4}:-?\\d{1,4}";

    public record Area(
            @NotBlank @Pattern(regexp = CODE, message = CODE_MESSAGE)
            String code,

            @NotBlank @Size(max = 50) String name,

            @NotBlank @Pattern(regexp = COMMUNITY, message = "{fengqiao.community}")
            String community,

            @NotBlank @Pattern(regexp = CODE, message = CODE_MESSAGE)
            String sector,

            @NotEmpty @Size(max = 400)
            List<@NotNull @Pattern(regexp = CELL, message = "{fengqiao.cell}") String> cells) {}

    public record Checkpoint(
            @NotBlank @Pattern(regexp = CODE, message = CODE_MESSAGE)
            String code,

            @NotBlank @Size(max = 50) String name,
            @Min(1) @Max(100) int seq,
            @NotNull @DecimalMin("-90") @DecimalMax("90") Double latitude,
            @NotNull @DecimalMin("-180") @DecimalMax("180") Double longitude,
            boolean indoor,
            @Min(1) @Max(480) int maxIntervalMinutes,
            @Min(0) @Max(60) int toleranceMinutes) {}

    public record KeySite(
            @NotBlank @Pattern(regexp = CODE, message = CODE_MESSAGE)
            String code,

            @NotBlank @Size(max = 50) String name,

            @NotBlank @Pattern(regexp = "[A-Z_]{2,30}", message = "{fengqiao.venue-kind}")
            String kind,

            @NotNull @DecimalMin("-90") @DecimalMax("90") Double latitude,
            @NotNull @DecimalMin("-180") @DecimalMax("180") Double longitude) {}

    public record CellFactors(
            // boxed and required: a factor left out is a mistake, not a silent zero
            @NotNull @Min(0) @Max(500) Integer venues,
            @NotNull @Min(0) @Max(50) Integer busStops,
            @NotNull @Min(0) @Max(1000) Integer rentedCourtyards) {}

    public record Patroller(
            @NotBlank @Pattern(regexp = CODE, message = CODE_MESSAGE)
            String code,

            @NotBlank @Size(max = 50) String name,
            @NotNull Level level,

            @Pattern(regexp = COMMUNITY, message = "{fengqiao.community}")
            String community,

            @Pattern(regexp = CODE, message = CODE_MESSAGE) String squadCode,
            @Size(max = 100) String username,

            @Size(max = 10) Set<@Pattern(regexp = "[A-Z_]{2,30}", message = "{fengqiao.skill}") String> skills,

            boolean avoidNights) {}

    public record Leave(
            @NotNull LocalDate from,
            @NotNull LocalDate to,
            @Size(max = 200) String reason) {}

    public record Squad(
            @NotBlank @Pattern(regexp = CODE, message = CODE_MESSAGE)
            String code,

            @NotBlank @Size(max = 50) String name,

            @NotBlank @Pattern(regexp = COMMUNITY, message = "{fengqiao.community}")
            String community,

            @Min(1) @Max(1000) int turnOrder) {}

    // Corrections (JSON merge patches, PATCH): every field optional; the code, which other records and
    // printed QR tags refer to, is never corrected.

    public record AreaCorrection(
            @Size(min = 1, max = 50) String name,
            @Pattern(regexp = CODE, message = CODE_MESSAGE) String sector) {}

    public record CheckpointCorrection(
            @Size(min = 1, max = 50) String name,
            @DecimalMin("-90") @DecimalMax("90") Double latitude,
            @DecimalMin("-180") @DecimalMax("180") Double longitude,
            Boolean indoor,
            @Min(1) @Max(480) Integer maxIntervalMinutes,
            @Min(0) @Max(60) Integer toleranceMinutes) {}

    public record KeySiteCorrection(
            @Size(min = 1, max = 50) String name,

            @Pattern(regexp = "[A-Z_]{2,30}", message = "{fengqiao.venue-kind}")
            String kind,

            @DecimalMin("-90") @DecimalMax("90") Double latitude,
            @DecimalMin("-180") @DecimalMax("180") Double longitude) {}

    public record PatrollerCorrection(
            @Size(min = 1, max = 50) String name,

            @Pattern(regexp = COMMUNITY, message = "{fengqiao.community}")
            String community,

            @Pattern(regexp = CODE, message = CODE_MESSAGE) String squadCode,
            @Size(max = 100) String username,

            @Size(max = 10) Set<@Pattern(regexp = "[A-Z_]{2,30}", message = "{fengqiao.skill}") String> skills,

            Boolean avoidNights,
            Boolean active) {}

    public record SquadCorrection(
            @Size(min = 1, max = 50) String name,
            @Min(1) @Max(1000) Integer turnOrder) {}

    public record CameraCorrection(
            @Size(min = 1, max = 100) String name,
            @Pattern(regexp = CODE, message = CODE_MESSAGE) String areaCode,
            @Size(max = 64) String addressId,
            @Size(max = 64) String venueId,
            @DecimalMin("-90") @DecimalMax("90") Double latitude,
            @DecimalMin("-180") @DecimalMax("180") Double longitude,
            @Size(min = 1, max = 20) List<@NotBlank @Size(max = 50) String> presets) {}
}
