package cn.fengqiao.patrol.rest;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.fengqiao.infrastructure.problem.Bilingual;
import cn.fengqiao.infrastructure.problem.ProblemException;
import cn.fengqiao.infrastructure.problem.QueryParams;
import cn.fengqiao.patrol.domain.CheckIn;
import cn.fengqiao.patrol.service.CheckInService;

/** Checkpoint check-ins (巡更打卡), the round report per shift, and coverage (见警率). */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/patrol")
@Tag(name = "Check-ins and coverage")
public class CheckInResource {

    @Inject
    CheckInService checkIns;

    @Inject
    Clock clock;

    /** Body of a check-in: the code scanned (QR) or read (NFC), when (now by default), where (optional). */
    public record CheckInRequest(
            @NotBlank @Size(max = 40) String checkpointCode,
            Instant at,
            @DecimalMin("-90") @DecimalMax("90") Double latitude,
            @DecimalMin("-180") @DecimalMax("180") Double longitude) {}

    public record CheckInView(
            UUID id,
            String patroller,
            UUID checkpointId,
            UUID shiftId,
            Instant at,
            boolean plausible,
            String implausible) {
        static CheckInView of(CheckIn c) {
            return new CheckInView(
                    c.id, c.patrollerCode, c.checkpointId, c.shiftId, c.at, c.implausible == null, c.implausible);
        }
    }

    @POST
    @Path("/check-ins")
    @RolesAllowed({"officer", "auxiliary", "volunteer"})
    @Operation(
            summary = "Check in at a checkpoint; an implausible check-in is kept and flagged with the reason",
            description = "Roles: officer, auxiliary, volunteer (as themselves)")
    @APIResponse(
            responseCode = "201",
            description = "Created: Location names the new record",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CheckInView.class)))
    public Response checkIn(@Valid @NotNull CheckInRequest request, @Context UriInfo uri) {
        CheckIn checkIn =
                checkIns.checkIn(request.checkpointCode(), request.at(), request.latitude(), request.longitude());
        return Response.created(URI.create(uri.getPath() + "/" + checkIn.id))
                .entity(CheckInView.of(checkIn))
                .build();
    }

    @GET
    @Path("/check-in-report")
    @RolesAllowed({"commander", "officer"})
    @Operation(
            summary = "Per shift: checkpoints on time, late and missed, and implausible check-ins (from/to yyyy-MM-dd)",
            description = "Roles: commander, officer")
    public List<CheckInService.ShiftReport> report(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("area") String area,
            @QueryParam("patroller") String patroller) {
        LocalDate first = QueryParams.day("from", from);
        LocalDate last = QueryParams.day("to", to);
        LocalDate today = LocalDate.now(clock);
        first = first == null ? today : first;
        last = last == null ? first : last;
        if (last.isBefore(first) || last.toEpochDay() - first.toEpochDay() > 31) {
            throw ProblemException.badRequest(
                    "to", Bilingual.of("must be from the 'from' day to a month after it", "须在 from 当天至其后一个月之内"));
        }
        return checkIns.report(first, last, blankToNull(area), blankToNull(patroller));
    }

    @GET
    @Path("/coverage")
    @RolesAllowed("commander")
    @Operation(
            summary = "Coverage (见警率) of a day per area and block: planned against actual minutes of presence",
            description = "Roles: commander. Yesterday's is computed after midnight; POST to compute it now")
    public List<CheckInService.CoverageRow> coverage(@QueryParam("day") String day, @QueryParam("area") String area) {
        LocalDate when = QueryParams.day("day", day);
        return checkIns.coverage(when == null ? LocalDate.now(clock).minusDays(1) : when, blankToNull(area));
    }

    @POST
    @Path("/coverage/{day}")
    @RolesAllowed("commander")
    @Operation(summary = "Compute a day's coverage now (patrol.coverage-computed)", description = "Roles: commander")
    public List<CheckInService.CoverageRow> computeCoverage(@PathParam("day") String day) {
        return checkIns.computeCoverage(QueryParams.day("day", day));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
