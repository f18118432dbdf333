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
import cn.fengqiao.resident.domain.Address;
import cn.fengqiao.resident.domain.AddressLevel;
import cn.fengqiao.resident.service.AddressCorrections;
import cn.fengqiao.resident.service.AddressService;

/** Standard addresses (标准地址): reference data kept by admin, read by every role that records anything at an address. */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/addresses")
@Tag(name = "Addresses")
public class AddressResource {

    @Inject
    AddressService addresses;

    @Inject
    AddressCorrections corrections;

    @Inject
    MergePatch.Reader patches;

    @POST
    @RolesAllowed("admin")
    @Operation(
            summary = "Add a node to the address tree (district → … → room)",
            description = "Roles: admin. The community and full name come from the parent")
    @APIResponse(
            responseCode = "201",
            description = "Created: Location names the new record",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AddressView.class)))
    public Response create(@Valid @NotNull AddressRequests request, @Context UriInfo uri) {
        Address address = addresses.create(request);
        return Response.created(URI.create(uri.getPath() + "/" + address.id))
                .entity(AddressView.of(address))
                .build();
    }

    @GET
    @RolesAllowed({"commander", "officer", "auxiliary", "mediator", "lawyer", "volunteer", "admin", "city-system"})
    @Operation(
            summary = "Search addresses by the prefix of a name (e.g. 万源街12号院), a community or a level",
            description = "Roles: every role but auditor")
    public Page<AddressView> search(
            @QueryParam("q") String prefix,
            @QueryParam("community") String community,
            @QueryParam("level") String level,
            @Valid @BeanParam PageRequest page) {
        return addresses.search(
                QueryParams.text("q", prefix, QueryParams.SEARCH_LENGTH),
                community,
                QueryParams.code("level", level, AddressLevel.class),
                page,
                AddressView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"commander", "officer", "auxiliary", "mediator", "lawyer", "volunteer", "admin", "city-system"})
    @Operation(summary = "One address", description = "Roles: every role but auditor")
    public RestResponse<AddressView> get(@PathParam("id") UUID id) {
        return tagged(addresses.get(id));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed("admin")
    @Operation(
            summary = "Correct an address (JSON merge patch): rename (the full names below follow), position, retire"
                    + " (retiredOn; 409 while anything is registered at or below it); kept in its history",
            description = "Roles: admin. If-Match with the ETag; X-Reason required (percent-encoded UTF-8)")
    public RestResponse<AddressView> correct(
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @HeaderParam("X-Reason") String reason,
            // read as JSON to tell a member set to null from one left out; documented as what it corrects
            @RequestBody(
                            content =
                                    @Content(
                                            mediaType = MergePatch.MEDIA_TYPE,
                                            schema = @Schema(implementation = AddressCorrection.class)))
                    JsonNode body)
            throws JsonProcessingException {
        String why = ChangeLog.requireReason(reason);
        return tagged(
                corrections.correct(id, patches.read(body, AddressCorrection.class), IfMatch.version(ifMatch), why));
    }

    @GET
    @Path("/{id}/changes")
    @RolesAllowed({"commander", "officer", "auxiliary", "mediator", "lawyer", "volunteer", "admin", "city-system"})
    @Operation(
            summary = "An address's corrections, oldest first: when, by whom, why and which fields",
            description = "Roles: every role of the station")
    public List<ChangeLog.Entry> changes(@PathParam("id") UUID id) {
        return corrections.history(id);
    }

    private static RestResponse<AddressView> tagged(Address address) {
        return IfMatch.tagged(AddressView.of(address), address.version);
    }

    @GET
    @Path("/{id}/path")
    @RolesAllowed({"commander", "officer", "auxiliary", "mediator", "lawyer", "volunteer", "admin", "city-system"})
    @Operation(
            summary = "The address and its ancestors, from the top down",
            description = "Roles: every role but auditor")
    public List<AddressView> path(@PathParam("id") UUID id) {
        return addresses.path(id).stream().map(AddressView::of).toList();
    }

    @GET
    @Path("/{id}/children")
    @RolesAllowed({"commander", "officer", "auxiliary", "mediator", "lawyer", "volunteer", "admin", "city-system"})
    @Operation(summary = "The addresses directly below one", description = "Roles: every role but auditor")
    public List<AddressView> children(@PathParam("id") UUID id) {
        return addresses.children(id).stream().map(AddressView::of).toList();
    }
}
