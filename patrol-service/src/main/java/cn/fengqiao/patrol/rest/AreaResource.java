package cn.fengqiao.patrol.rest;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import cn.fengqiao.infrastructure.problem.IfMatch;
import cn.fengqiao.patrol.domain.CellFactor;
import cn.fengqiao.patrol.domain.Checkpoint;
import cn.fengqiao.patrol.domain.KeySite;
import cn.fengqiao.patrol.domain.PatrolArea;
import cn.fengqiao.patrol.service.ReferenceService;

/** Patrol areas with their cells and checkpoints, key sites and cell risk factors: kept by admin. */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/patrol")
@Tag(name = "Patrol areas")
public class AreaResource {

    @Inject
    ReferenceService reference;

    @POST
    @Path("/areas")
    @RolesAllowed("admin")
    @Operation(summary = "Add an area: grid cells of a community in a vehicle sector", description = "Roles: admin")
    @APIResponse(
            responseCode = "201",
            description = "Created: Location names the new record",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReferenceViews.Area.class)))
    public Response addArea(@Valid @NotNull ReferenceRequests.Area request, @Context UriInfo uri) {
        PatrolArea area = reference.addArea(request);
        return Response.created(URI.create(uri.getPath() + "/" + area.code))
                .entity(ReferenceViews.Area.of(area))
                .build();
    }

    @GET
    @Path("/areas")
    @RolesAllowed({"commander", "officer", "auxiliary", "volunteer", "admin"})
    @Operation(summary = "Areas, by community", description = "Roles: commander, officer, auxiliary, volunteer, admin")
    public List<ReferenceViews.Area> areas(@QueryParam("community") String community) {
        return reference.areas(community).stream().map(ReferenceViews.Area::of).toList();
    }

    @GET
    @Path("/areas/{code}")
    @RolesAllowed({"commander", "officer", "auxiliary", "volunteer", "admin"})
    @Operation(summary = "One area", description = "Roles: commander, officer, auxiliary, volunteer, admin")
    public RestResponse<ReferenceViews.Area> area(@PathParam("code") String code) {
        PatrolArea area = reference.area(code);
        return IfMatch.tagged(ReferenceViews.Area.of(area), area.version);
    }

    @POST
    @Path("/areas/{code}/checkpoints")
    @RolesAllowed("admin")
    @Operation(
            summary = "Add a checkpoint (QR/NFC code) to an area, with its place in the round and the allowed interval",
            description = "Roles: admin")
    @APIResponse(
            responseCode = "201",
            description = "Created: Location names the new record",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReferenceViews.CheckpointView.class)))
    public Response addCheckpoint(
            @PathParam("code") String code,
            @Valid @NotNull ReferenceRequests.Checkpoint request,
            @Context UriInfo uri) {
        Checkpoint checkpoint = reference.addCheckpoint(code, request);
        return Response.created(URI.create(uri.getPath() + "/" + checkpoint.id))
                .entity(ReferenceViews.CheckpointView.of(checkpoint))
                .build();
    }

    @GET
    @Path("/areas/{code}/checkpoints")
    @RolesAllowed({"commander", "officer", "auxiliary", "volunteer", "admin"})
    @Operation(
            summary = "An area's checkpoints in round order",
            description = "Roles: commander, officer, auxiliary, volunteer, admin")
    public List<ReferenceViews.CheckpointView> checkpoints(@PathParam("code") String code) {
        return reference.checkpoints(code).stream()
                .map(ReferenceViews.CheckpointView::of)
                .toList();
    }

    @POST
    @Path("/key-sites")
    @RolesAllowed("admin")
    @Operation(summary = "Add a key site an officer must reach within 5 minutes", description = "Roles: admin")
    @APIResponse(
            responseCode = "201",
            description = "Created: Location names the new record",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReferenceViews.KeySiteView.class)))
    public Response addKeySite(@Valid @NotNull ReferenceRequests.KeySite request, @Context UriInfo uri) {
        KeySite site = reference.addKeySite(request);
        return Response.created(URI.create(uri.getPath() + "/" + site.code))
                .entity(ReferenceViews.KeySiteView.of(site))
                .build();
    }

    @GET
    @Path("/key-sites")
    @RolesAllowed({"commander", "officer", "admin"})
    @Operation(summary = "Key sites", description = "Roles: commander, officer, admin")
    public List<ReferenceViews.KeySiteView> keySites() {
        return reference.keySites().stream().map(ReferenceViews.KeySiteView::of).toList();
    }

    @PUT
    @Path("/cells/{cell}/factors")
    @RolesAllowed("admin")
    @Operation(
            summary = "Set a cell's static risk factors (venues, bus stops, rented courtyards)",
            description = "Roles: admin")
    public ReferenceRequests.CellFactors setFactors(
            @PathParam("cell") @Pattern(regexp = ReferenceRequests.CELL, message = "{fengqiao.cell-example}")
                    String cell,
            @Valid @NotNull ReferenceRequests.CellFactors request) {
        CellFactor factor = reference.setFactors(cell, request);
        return new ReferenceRequests.CellFactors(factor.venues, factor.busStops, factor.rentedCourtyards);
    }
}
