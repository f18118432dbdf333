package cn.fengqiao.resident.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import cn.fengqiao.infrastructure.changes.ChangeLog;
import cn.fengqiao.infrastructure.changes.MergePatch;
import cn.fengqiao.infrastructure.paging.Page;
import cn.fengqiao.infrastructure.paging.PageRequest;
import cn.fengqiao.infrastructure.problem.IfMatch;
import cn.fengqiao.infrastructure.problem.QueryParams;
import cn.fengqiao.resident.domain.Venue;
import cn.fengqiao.resident.domain.VenueKind;
import cn.fengqiao.resident.service.VenueCorrections;
import cn.fengqiao.resident.service.VenueService;

/** Units and venues (实有单位, 九小场所) and their inspections. */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/venues")
@Tag(name = "Venues")
public class VenueResource {

    @Inject
    VenueService venues;

    @Inject
    VenueCorrections corrections;

    @Inject
    MergePatch.Reader patches;

    @POST
    @RolesAllowed({"officer", "auxiliary"})
    @Operation(summary = "Register a venue", description = "Roles: officer, auxiliary")
    @APIResponse(
            responseCode = "201",
            description = "Created: Location names the new record",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = VenueViews.VenueView.class)))
    public Response register(@Valid @NotNull VenueRequests.Venue request, @Context UriInfo uri) {
        Venue venue = venues.register(request);
        return Response.created(URI.create(uri.getPath() + "/" + venue.id))
                .entity(venues.view(venue))
                .build();
    }

    @GET
    @RolesAllowed({"officer", "auxiliary", "commander"})
    @Operation(
            summary = "Venues by community and kind; withoutCameras=true lists those whose entrance no camera covers",
            description = "Roles: officer, auxiliary, commander")
    public Page<VenueViews.VenueView> list(
            @QueryParam("community") String community,
            @QueryParam("kind") String kind,
            @QueryParam("withoutCameras") String withoutCameras,
            @Valid @BeanParam PageRequest page) {
        return venues.list(
                community,
                QueryParams.code("kind", kind, VenueKind.class),
                QueryParams.bool("withoutCameras", withoutCameras),
                page,
                venues::view);
    }

    @GET
    @Path("/rectifications/overdue")
    @RolesAllowed({"officer", "auxiliary", "commander"})
    @Operation(
            summary = "Rectification notices past their deadline",
            description = "Roles: officer, auxiliary, commander")
    public Page<VenueViews.InspectionView> overdue(
            @QueryParam("community") String community, @Valid @BeanParam PageRequest page) {
        return venues.overdue(community, page, VenueViews.InspectionView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"officer", "auxiliary", "commander"})
    @Operation(summary = "One venue", description = "Roles: officer, auxiliary, commander")
    public RestResponse<VenueViews.VenueView> get(@PathParam("id") UUID id) {
        return tagged(venues.get(id));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed({"officer", "auxiliary"})
    @Operation(
            summary =
                    "Correct a venue (JSON merge patch): name, kind, licence, person in charge and phone, cameras, the"
                            + " day it closed; kept in its history with who, when and X-Reason (the phone masked)",
            description = "Roles: officer, auxiliary (their community). If-Match with the ETag; X-Reason required"
                    + " (percent-encoded UTF-8). A closing is published as cn.fengqiao.resident.venue-closed.v1")
    public RestResponse<VenueViews.VenueView> correct(
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @HeaderParam("X-Reason") String reason,
            // read as JSON to tell a member set to null from one left out; documented as what it corrects
            @RequestBody(
                            content =
                                    @Content(
                                            mediaType = MergePatch.MEDIA_TYPE,
                                            schema = @Schema(implementation = VenueCorrection.class)))
                    JsonNode body)
            throws JsonProcessingException {
        String why = ChangeLog.requireReason(reason);
        return tagged(
                corrections.correct(id, patches.read(body, VenueCorrection.class), IfMatch.version(ifMatch), why));
    }

    @GET
    @Path("/{id}/changes")
    @RolesAllowed({"officer", "auxiliary", "commander"})
    @Operation(
            summary = "A venue's corrections, oldest first: when, by whom, why and which fields (the phone masked)",
            description = "Roles: officer, auxiliary, commander (their community)")
    public List<ChangeLog.Entry> changes(@PathParam("id") UUID id) {
        return corrections.history(id);
    }

    @POST
    @Path("/{id}/verification")
    @RolesAllowed({"officer", "auxiliary"})
    @Operation(
            summary = "Record that the venue was found as registered on the spot (实有单位核查)",
            description = "Roles: officer, auxiliary (their community)")
    public RestResponse<VenueViews.VenueView> verify(@PathParam("id") UUID id) {
        return tagged(corrections.verify(id));
    }

    @GET
    @Path("/unverified")
    @RolesAllowed({"officer", "auxiliary", "commander"})
    @Operation(
            summary = "Open venues nobody has verified for some months (default: the station's setting), the longest"
                    + " unchecked first",
            description = "Roles: officer, auxiliary (their community), commander. months 1-120")
    public Page<VenueViews.VenueView> unverified(
            @QueryParam("community") String community,
            @QueryParam("months") String months,
            @Valid @BeanParam PageRequest page) {
        return corrections.unverified(community, QueryParams.integer("months", months), page, venues::view);
    }

    private RestResponse<VenueViews.VenueView> tagged(Venue venue) {
        return IfMatch.tagged(venues.view(venue), venue.version);
    }

    @GET
    @Path("/{id}/inspections")
    @RolesAllowed({"officer", "auxiliary", "commander"})
    @Operation(summary = "A venue's inspections, newest first", description = "Roles: officer, auxiliary, commander")
    public Page<VenueViews.InspectionView> inspections(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return venues.inspections(id, page, VenueViews.InspectionView::of);
    }

    @POST
    @Path("/{id}/inspections")
    @RolesAllowed({"officer", "auxiliary"})
    @Operation(
            summary =
                    "Record an inspection: findings (fire, security, licence) bring a rectification notice with a deadline",
            description = "Roles: officer, auxiliary")
    @APIResponse(
            responseCode = "201",
            description = "Created: Location names the new record",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = VenueViews.InspectionView.class)))
    public Response inspect(@PathParam("id") UUID id, @Valid @NotNull VenueRequests.Inspection request) {
        return Response.status(Response.Status.CREATED)
                .entity(VenueViews.InspectionView.of(venues.inspect(id, request)))
                .build();
    }

    @POST
    @Path("/inspections/{inspectionId}/revisit")
    @RolesAllowed({"officer", "auxiliary"})
    @Operation(
            summary = "The revisit: rectified (closed) or not (escalated)",
            description = "Roles: officer, auxiliary")
    public VenueViews.InspectionView revisit(
            @PathParam("inspectionId") UUID inspectionId, @Valid @NotNull VenueRequests.Revisit request) {
        return VenueViews.InspectionView.of(venues.revisit(inspectionId, request));
    }
}
