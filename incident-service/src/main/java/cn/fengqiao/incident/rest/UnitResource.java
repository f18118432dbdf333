package cn.fengqiao.incident.rest;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.sse.OutboundSseEvent;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;

import cn.fengqiao.incident.domain.Unit;
import cn.fengqiao.incident.domain.UnitStatus;
import cn.fengqiao.incident.service.UnitService;
import cn.fengqiao.infrastructure.live.LiveStreams;
import cn.fengqiao.infrastructure.live.StreamRequest;
import cn.fengqiao.infrastructure.paging.Page;
import cn.fengqiao.infrastructure.paging.PageRequest;
import cn.fengqiao.infrastructure.problem.QueryParams;

/** Units and the status board of the command room. */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/units")
@Tag(name = "Units")
public class UnitResource {

    @Inject
    UnitService units;

    @Inject
    LiveStreams live;

    @GET
    @RolesAllowed({"commander", "officer", "auxiliary"})
    @Operation(
            summary = "The status board: units with their status",
            description = "Roles: commander, officer, auxiliary")
    public Page<UnitView> board(
            @QueryParam("status") String status,
            @QueryParam("community") String community,
            @Valid @BeanParam PageRequest page) {
        return units.board(QueryParams.code("status", status, UnitStatus.class), community, page, UnitView::of);
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({"commander", "officer", "auxiliary"})
    @Operation(summary = "One unit", description = "Roles: commander, officer, auxiliary")
    public UnitView get(@PathParam("code") String code) {
        return UnitView.of(units.get(code));
    }

    @POST
    @RolesAllowed({"commander", "admin"})
    @Operation(summary = "Add a unit (starts off duty)", description = "Roles: commander, admin")
    @APIResponse(
            responseCode = "201",
            description = "Created: Location names the new record",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitView.class)))
    public Response create(@Valid @NotNull UnitRequests.CreateUnit request, @Context UriInfo uri) {
        Unit unit = units.create(request.code(), request.name(), request.kind(), request.community());
        return Response.created(URI.create(uri.getPath() + "/" + unit.code))
                .entity(UnitView.of(unit))
                .build();
    }

    @PUT
    @Path("/{code}/duty")
    @RolesAllowed({"commander", "officer"})
    @Operation(summary = "Put a unit on or off duty", description = "Roles: commander, officer")
    public UnitView duty(@PathParam("code") String code, @Valid @NotNull UnitRequests.Duty request) {
        return UnitView.of(units.setOnDuty(code, request.onDuty()));
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Blocking // resuming reads the table of live events
    @RolesAllowed({"commander", "officer", "auxiliary"})
    @Operation(
            summary = "The status board's changes, as they happen",
            description = "Roles: commander, officer, auxiliary")
    public Multi<OutboundSseEvent> stream(@Valid @BeanParam StreamRequest request) {
        return live.open(request, "unit", units.watched(request.community()));
    }
}
