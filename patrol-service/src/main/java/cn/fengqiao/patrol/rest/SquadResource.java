package cn.fengqiao.patrol.rest;

import java.net.URI;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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
import cn.fengqiao.patrol.domain.Attendance;
import cn.fengqiao.patrol.domain.Squad;
import cn.fengqiao.patrol.service.ReferenceService;
import cn.fengqiao.patrol.service.SquadService;

/** Watch squads (邻里守望小分队): turn order, the squad of the month, attendance and volunteer points. */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/patrol")
@Tag(name = "Watch squads")
public class SquadResource {

    @Inject
    ReferenceService reference;

    @Inject
    SquadService squads;

    /** Body of an attendance record. */
    public record AttendanceRequest(
            @NotNull UUID shiftId, @Min(0) @Max(720) int minutes, boolean armband) {}

    public record AttendanceView(
            UUID id, UUID shiftId, String patroller, String squad, int minutes, boolean armband, int points) {
        static AttendanceView of(Attendance a) {
            return new AttendanceView(a.id, a.shiftId, a.patrollerCode, a.squadCode, a.minutes, a.armband, a.points);
        }
    }

    @POST
    @Path("/squads")
    @RolesAllowed({"commander", "admin"})
    @Operation(
            summary = "Add a watch squad with its place in the monthly turn",
            description = "Roles: commander, admin")
    @APIResponse(
            responseCode = "201",
            description = "Created: Location names the new record",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReferenceViews.SquadView.class)))
    public Response add(@Valid @NotNull ReferenceRequests.Squad request, @Context UriInfo uri) {
        Squad squad = reference.addSquad(request);
        return Response.created(URI.create(uri.getPath() + "/" + squad.code))
                .entity(ReferenceViews.SquadView.of(squad))
                .build();
    }

    @GET
    @Path("/squads")
    @RolesAllowed({"commander", "officer", "volunteer"})
    @Operation(
            summary = "Squads in turn order; a volunteer sees only their own",
            description = "Roles: commander, officer, volunteer (own squad)")
    public List<ReferenceViews.SquadView> list() {
        return squads.visibleSquads().stream().map(ReferenceViews.SquadView::of).toList();
    }

    @GET
    @Path("/squads/on-duty")
    @RolesAllowed({"commander", "officer", "auxiliary", "volunteer"})
    @Operation(
            summary = "The squad whose month it is (month yyyy-MM, this month by default)",
            description = "Roles: commander, officer, auxiliary, volunteer")
    public ReferenceViews.SquadView onDuty(@QueryParam("month") String month) {
        YearMonth when;
        try {
            when = month == null || month.isBlank() ? null : YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(
                    "month", Bilingual.of("must be a month such as 2024-07", "须为月份，例如 2024-07"));
        }
        return reference
                .onDuty(when)
                .map(ReferenceViews.SquadView::of)
                .orElseThrow(() ->
                        ProblemException.notFound("Squad on duty", "在岗巡逻组", month == null ? "this month" : month));
    }

    @GET
    @Path("/squads/{code}/members")
    @RolesAllowed({"commander", "officer", "volunteer"})
    @Operation(summary = "A squad's members", description = "Roles: commander, officer, volunteer (own squad)")
    public List<ReferenceViews.PatrollerView> members(@PathParam("code") String code) {
        Squad squad = squads.visibleSquad(code);
        return reference.patrollers(null, squad.code).stream()
                .map(ReferenceViews.PatrollerView::of)
                .toList();
    }

    @GET
    @Path("/squads/{code}/points")
    @RolesAllowed({"commander", "officer", "volunteer"})
    @Operation(
            summary = "Volunteer points of a squad's members (volunteers only: staff are never ranked)",
            description = "Roles: commander, officer, volunteer (own squad)")
    public List<SquadService.Points> points(@PathParam("code") String code) {
        return squads.points(code);
    }

    @POST
    @Path("/attendance")
    @RolesAllowed({"commander", "officer", "auxiliary"})
    @Operation(
            summary = "Record a volunteer's session: minutes out and the red armband; earns a point per half hour",
            description = "Roles: commander, officer, auxiliary")
    @APIResponse(
            responseCode = "201",
            description = "Created: Location names the new record",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AttendanceView.class)))
    public Response attend(@Valid @NotNull AttendanceRequest request, @Context UriInfo uri) {
        Attendance attendance = squads.record(request.shiftId(), request.minutes(), request.armband());
        return Response.created(URI.create(uri.getPath() + "/" + attendance.id))
                .entity(AttendanceView.of(attendance))
                .build();
    }
}
