package cn.fengqiao.patrol.rest;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import org.jboss.resteasy.reactive.RestResponse;

import cn.fengqiao.infrastructure.problem.IfMatch;
import cn.fengqiao.infrastructure.problem.ProblemException;
import cn.fengqiao.infrastructure.problem.QueryParams;
import cn.fengqiao.infrastructure.time.ClockProducer;
import cn.fengqiao.patrol.domain.Level;
import cn.fengqiao.patrol.domain.Patroller;
import cn.fengqiao.patrol.domain.PatrollerLeave;
import cn.fengqiao.patrol.domain.PlanShift;
import cn.fengqiao.patrol.service.ReferenceService;

/** Patrollers of the three levels with their leave, and everyone's own schedule. */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/patrol")
@Tag(name = "Patrollers")
public class PatrollerResource {

    @Inject
    ReferenceService reference;

    @Inject
    Clock clock;

    @POST
    @Path("/patrollers")
    @RolesAllowed({"commander", "admin"})
    @Operation(
            summary =
                    "Add a patroller: police, auxiliary or volunteer (of a squad); the code is the dispatch unit code",
            description = "Roles: commander, admin")
    @APIResponse(
            responseCode = "201",
            description = "Created: Location names the new record",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReferenceViews.PatrollerView.class)))
    public Response add(@Valid @NotNull ReferenceRequests.Patroller request, @Context UriInfo uri) {
        Patroller patroller = reference.addPatroller(request);
        return Response.created(URI.create(uri.getPath() + "/" + patroller.code))
                .entity(ReferenceViews.PatrollerView.of(patroller))
                .build();
    }

    @GET
    @Path("/patrollers")
    @RolesAllowed({"commander", "officer"})
    @Operation(summary = "Patrollers by level or squad", description = "Roles: commander, officer")
    public List<ReferenceViews.PatrollerView> list(
            @QueryParam("level") String level, @QueryParam("squad") String squad) {
        return reference.patrollers(QueryParams.code("level", level, Level.class), squad).stream()
                .map(ReferenceViews.PatrollerView::of)
                .toList();
    }

    @GET
    @Path("/patrollers/{code}")
    @RolesAllowed({"commander", "officer"})
    @Operation(summary = "One patroller", description = "Roles: commander, officer")
    public RestResponse<ReferenceViews.PatrollerView> get(@PathParam("code") String code) {
        Patroller patroller = reference.patroller(code);
        return IfMatch.tagged(ReferenceViews.PatrollerView.of(patroller), patroller.version);
    }

    @POST
    @Path("/patrollers/{code}/leave")
    @RolesAllowed("commander")
    @Operation(summary = "Record leave: the planner never plans anyone on leave", description = "Roles: commander")
    @APIResponse(
            responseCode = "201",
            description = "Created: Location names the new record",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReferenceViews.LeaveView.class)))
    public Response addLeave(
            @PathParam("code") String code, @Valid @NotNull ReferenceRequests.Leave request, @Context UriInfo uri) {
        PatrollerLeave leave = reference.addLeave(code, request);
        return Response.created(URI.create(uri.getPath() + "/" + leave.id))
                .entity(ReferenceViews.LeaveView.of(leave))
                .build();
    }

    @GET
    @Path("/patrollers/{code}/leave")
    @RolesAllowed({"commander", "officer"})
    @Operation(summary = "A patroller's leave", description = "Roles: commander, officer")
    public List<ReferenceViews.LeaveView> leave(@PathParam("code") String code) {
        return reference.leave(code).stream().map(ReferenceViews.LeaveView::of).toList();
    }

    @GET
    @Path("/my-shifts")
    @RolesAllowed({"officer", "auxiliary", "volunteer"})
    @Operation(
            summary = "The caller's own shifts in published plans, from a day on (today by default)",
            description = "Roles: officer, auxiliary, volunteer")
    public List<PlanViews.Shift> myShifts(@QueryParam("from") String from) {
        Patroller me = reference
                .me()
                .orElseThrow(
                        () -> ProblemException.notFound("Patroller for your user", "与您账号对应的巡逻人员", "(none registered)"));
        LocalDate day = QueryParams.day("from", from);
        return PlanShift.publishedFor(
                        me.code,
                        (day == null ? LocalDate.now(clock) : day)
                                .atStartOfDay(ClockProducer.STATION_ZONE)
                                .toInstant())
                .stream()
                .map(PlanViews.Shift::of)
                .toList();
    }
}
