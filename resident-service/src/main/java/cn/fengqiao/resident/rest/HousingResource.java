package cn.fengqiao.resident.rest;

import java.net.URI;
import java.util.List;
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
import cn.fengqiao.resident.domain.Dwelling;
import cn.fengqiao.resident.domain.DwellingKind;
import cn.fengqiao.resident.domain.Rental;
import cn.fengqiao.resident.service.HousingService;

/** Housing (实有房屋): dwellings at standard addresses and their rentals. Community officers stay in their community. */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/housing")
@Tag(name = "Housing")
public class HousingResource {

    @Inject
    HousingService housing;

    @POST
    @RolesAllowed({"officer", "auxiliary"})
    @Operation(summary = "Register a dwelling at a standard address", description = "Roles: officer, auxiliary")
    public Response register(@Valid @NotNull HousingRequests.Dwelling request, @Context UriInfo uri) {
        Dwelling dwelling = housing.register(request);
        return Response.created(URI.create(uri.getPath() + "/" + dwelling.id))
                .entity(HousingViews.DwellingView.of(dwelling))
                .build();
    }

    @GET
    @RolesAllowed({"officer", "auxiliary", "commander"})
    @Operation(summary = "Dwellings by community and kind", description = "Roles: officer, auxiliary, commander")
    public Page<HousingViews.DwellingView> list(
            @QueryParam("community") String community,
            @QueryParam("kind") String kind,
            @Valid @BeanParam PageRequest page) {
        return housing.list(
                community, QueryParams.code("kind", kind, DwellingKind.class), page, HousingViews.DwellingView::of);
    }

    @GET
    @Path("/report")
    @RolesAllowed({"officer", "auxiliary", "commander"})
    @Operation(
            summary = "Per community: dwellings, rented on the day, rented share, unregistered rentals",
            description = "Roles: officer, auxiliary, commander. day is yyyy-MM-dd, today by default")
    public List<HousingService.CommunityHousing> report(
            @QueryParam("community") String community, @QueryParam("day") String day) {
        return housing.report(community, QueryParams.day("day", day));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"officer", "auxiliary", "commander"})
    @Operation(summary = "One dwelling", description = "Roles: officer, auxiliary, commander")
    public HousingViews.DwellingView get(@PathParam("id") UUID id) {
        return HousingViews.DwellingView.of(housing.get(id));
    }

    @GET
    @Path("/{id}/rentals")
    @RolesAllowed({"officer", "auxiliary", "commander"})
    @Operation(
            summary = "A dwelling's rentals with their tenants",
            description = "Roles: officer, auxiliary, commander")
    public List<HousingViews.RentalView> rentals(@PathParam("id") UUID id) {
        return housing.rentals(id).stream()
                .map(r -> HousingViews.RentalView.of(r, housing.tenants(r.id)))
                .toList();
    }

    @POST
    @Path("/{id}/rentals")
    @RolesAllowed({"officer", "auxiliary"})
    @Operation(
            summary = "Record a rental with its tenants (registered persons)",
            description = "Roles: officer, auxiliary")
    public Response rent(@PathParam("id") UUID id, @Valid @NotNull HousingRequests.Rental request) {
        Rental rental = housing.rent(id, request);
        return Response.status(Response.Status.CREATED)
                .entity(HousingViews.RentalView.of(rental, housing.tenants(rental.id)))
                .build();
    }

    @POST
    @Path("/rentals/{rentalId}/registration")
    @RolesAllowed({"officer", "auxiliary"})
    @Operation(summary = "The rental was reported to the police (出租屋登记)", description = "Roles: officer, auxiliary")
    public HousingViews.RentalView registerRental(@PathParam("rentalId") UUID rentalId) {
        Rental rental = housing.registerRental(rentalId);
        return HousingViews.RentalView.of(rental, housing.tenants(rental.id));
    }
}
