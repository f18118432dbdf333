package cn.fengqiao.resident.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.fengqiao.infrastructure.paging.Page;
import cn.fengqiao.infrastructure.paging.PageRequest;
import cn.fengqiao.infrastructure.problem.QueryParams;
import cn.fengqiao.resident.domain.Venue;
import cn.fengqiao.resident.domain.VenueKind;
import cn.fengqiao.resident.service.VenueService;

/** Units and venues (实有单位, 九小场所) and their inspections. */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/venues")
@Tag(name = "Venues")
public class VenueResource {

    @Inject
    VenueService venues;

    @POST
    @RolesAllowed({"officer", "auxiliary"})
    @Operation(summary = "Register a venue", description = "Roles: officer, auxiliary")
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
    public VenueViews.VenueView get(@PathParam("id") UUID id) {
        return venues.view(venues.get(id));
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
