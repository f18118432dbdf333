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
import cn.fengqiao.resident.domain.Dwelling;
import cn.fengqiao.resident.domain.DwellingKind;
import cn.fengqiao.resident.domain.Rental;
import cn.fengqiao.resident.service.HousingCorrections;
import cn.fengqiao.resident.service.HousingService;

/** Housing (实有房屋): dwellings at standard addresses and their rentals. Community officers stay in their community. */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/housing")
@Tag(name = "Housing")
public class HousingResource {

    @Inject
    HousingService housing;

    @Inject
    HousingCorrections corrections;

    @Inject
    MergePatch.Reader patches;

    @POST
    @RolesAllowed({"officer", "auxiliary"})
    @Operation(summary = "Register a dwelling at a standard address", description = "Roles: officer, auxiliary")
    @APIResponse(
            responseCode = "201",
            description = "Created: Location names the new record",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = HousingViews.DwellingView.class)))
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
    public RestResponse<HousingViews.DwellingView> get(@PathParam("id") UUID id) {
        return dwelling(housing.get(id));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed({"officer", "auxiliary"})
    @Operation(
            summary = "Correct a dwelling (JSON merge patch): kind, use (DEMOLISHED when torn down), owner; kept in its"
                    + " history with who, when and X-Reason",
            description = "Roles: officer, auxiliary (their community). If-Match with the ETag; X-Reason required"
                    + " (percent-encoded UTF-8)")
    public RestResponse<HousingViews.DwellingView> correct(
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @HeaderParam("X-Reason") String reason,
            // read as JSON to tell a member set to null from one left out; documented as what it corrects
            @RequestBody(
                            content =
                                    @Content(
                                            mediaType = MergePatch.MEDIA_TYPE,
                                            schema = @Schema(implementation = DwellingCorrection.class)))
                    JsonNode body)
            throws JsonProcessingException {
        String why = ChangeLog.requireReason(reason);
        return dwelling(
                corrections.correct(id, patches.read(body, DwellingCorrection.class), IfMatch.version(ifMatch), why));
    }

    @GET
    @Path("/{id}/changes")
    @RolesAllowed({"officer", "auxiliary", "commander"})
    @Operation(
            summary = "A dwelling's corrections, oldest first: when, by whom, why and which fields",
            description = "Roles: officer, auxiliary, commander (their community)")
    public List<ChangeLog.Entry> changes(@PathParam("id") UUID id) {
        return corrections.history(id);
    }

    @POST
    @Path("/{id}/verification")
    @RolesAllowed({"officer", "auxiliary"})
    @Operation(
            summary = "Record that the dwelling was found as registered on the spot (实有房屋核查)",
            description = "Roles: officer, auxiliary (their community)")
    public RestResponse<HousingViews.DwellingView> verify(@PathParam("id") UUID id) {
        return dwelling(corrections.verify(id));
    }

    @GET
    @Path("/unverified")
    @RolesAllowed({"officer", "auxiliary", "commander"})
    @Operation(
            summary = "Standing dwellings nobody has verified for some months (default: the station's setting), the"
                    + " longest unchecked first",
            description = "Roles: officer, auxiliary (their community), commander. months 1-120")
    public Page<HousingViews.DwellingView> unverified(
            @QueryParam("community") String community,
            @QueryParam("months") String months,
            @Valid @BeanParam PageRequest page) {
        return corrections.unverified(
                community, QueryParams.integer("months", months), page, HousingViews.DwellingView::of);
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
    @APIResponse(
            responseCode = "201",
            description = "Created: Location names the new record",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = HousingViews.RentalView.class)))
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
    public RestResponse<HousingViews.RentalView> registerRental(@PathParam("rentalId") UUID rentalId) {
        return rental(housing.registerRental(rentalId));
    }

    @GET
    @Path("/rentals/{rentalId}")
    @RolesAllowed({"officer", "auxiliary", "commander"})
    @Operation(summary = "One rental with its tenants", description = "Roles: officer, auxiliary, commander")
    public RestResponse<HousingViews.RentalView> readRental(@PathParam("rentalId") UUID rentalId) {
        return rental(housing.rental(rentalId));
    }

    @PATCH
    @Path("/rentals/{rentalId}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed({"officer", "auxiliary"})
    @Operation(
            summary = "Correct a rental (JSON merge patch): the day it ends (ended early), the tenants now, landlord,"
                    + " first day; kept in its history with who, when and X-Reason",
            description = "Roles: officer, auxiliary (their community). If-Match with the ETag; X-Reason required"
                    + " (percent-encoded UTF-8)")
    public RestResponse<HousingViews.RentalView> correctRental(
            @PathParam("rentalId") UUID rentalId,
            @HeaderParam("If-Match") String ifMatch,
            @HeaderParam("X-Reason") String reason,
            // read as JSON to tell a member set to null from one left out; documented as what it corrects
            @RequestBody(
                            content =
                                    @Content(
                                            mediaType = MergePatch.MEDIA_TYPE,
                                            schema = @Schema(implementation = RentalCorrection.class)))
                    JsonNode body)
            throws JsonProcessingException {
        String why = ChangeLog.requireReason(reason);
        return rental(corrections.correctRental(
                rentalId, patches.read(body, RentalCorrection.class), IfMatch.version(ifMatch), why));
    }

    @GET
    @Path("/rentals/{rentalId}/changes")
    @RolesAllowed({"officer", "auxiliary", "commander"})
    @Operation(
            summary = "A rental's corrections, oldest first: when, by whom, why and which fields",
            description = "Roles: officer, auxiliary, commander (their community)")
    public List<ChangeLog.Entry> rentalChanges(@PathParam("rentalId") UUID rentalId) {
        return corrections.rentalHistory(rentalId);
    }

    private static RestResponse<HousingViews.DwellingView> dwelling(Dwelling dwelling) {
        return IfMatch.tagged(HousingViews.DwellingView.of(dwelling), dwelling.version);
    }

    private RestResponse<HousingViews.RentalView> rental(Rental rental) {
        return IfMatch.tagged(HousingViews.RentalView.of(rental, housing.tenants(rental.id)), rental.version);
    }
}
