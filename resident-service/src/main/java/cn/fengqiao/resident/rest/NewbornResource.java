package cn.fengqiao.resident.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

import cn.fengqiao.resident.domain.NewbornApplication;
import cn.fengqiao.resident.service.NewbornService;

/**
 * The newborn one-stop application (出生一件事): submitted by the hospital's system or at the station,
 * advanced by the city systems' callbacks, followed by the parents through a public status query.
 */
@Tag(name = "Newborn applications")
@Produces(MediaType.APPLICATION_JSON)
@Path("/api")
public class NewbornResource {

    @Inject
    NewbornService newborns;

    /** What submission answers: the id, and the number the parents follow the application with. */
    public record Submitted(UUID id, String number) {}

    @POST
    @Path("/newborn-applications")
    @RolesAllowed({"city-system", "officer", "auxiliary"})
    @Operation(
            summary =
                    "Submit one application: birth certificate, hukou, vaccination, medical insurance, social security card",
            description = "Roles: city-system (the hospital), officer, auxiliary (at the station counter)")
    @APIResponse(
            responseCode = "201",
            description = "Created: Location names the new record",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Submitted.class)))
    public Response submit(@Valid @NotNull NewbornRequests.Submit request, @Context UriInfo uri) {
        NewbornApplication application = newborns.submit(request);
        return Response.created(URI.create(uri.getPath() + "/" + application.id))
                .entity(new Submitted(application.id, application.number))
                .build();
    }

    @GET
    @Path("/newborn-applications/{id}")
    @RolesAllowed({"city-system", "officer", "commander"})
    @Operation(
            summary = "The application in full, the parents' ID numbers included (the systems verify them); audited",
            description = "Roles: city-system, officer, commander")
    public NewbornViews.Application get(@PathParam("id") UUID id) {
        return newborns.read(id);
    }

    @POST
    @Path("/newborn-applications/{id}/steps")
    @RolesAllowed("city-system")
    @Operation(
            summary =
                    "A city system reports its step done (with its reference) or failed; a repeated report changes nothing",
            description = "Roles: city-system. A failure withdraws the hukou entry and cancels the open steps")
    public NewbornViews.Application report(
            @PathParam("id") UUID id, @Valid @NotNull NewbornRequests.StepOutcome outcome) {
        newborns.report(id, outcome);
        return newborns.view(id);
    }

    @POST
    @Path("/newborn-applications/{id}/withdraw")
    @RolesAllowed({"city-system", "officer", "auxiliary"})
    @Operation(
            summary = "Withdraw the application: the hukou entry is withdrawn",
            description = "Roles: city-system, officer, auxiliary")
    public NewbornViews.Application withdraw(
            @PathParam("id") UUID id, @RequestBody(required = false) @Valid NewbornRequests.Withdraw request) {
        newborns.withdraw(id, request == null ? null : request.reason());
        return newborns.view(id);
    }

    @GET
    @Path("/newborn-status/{number}")
    @PermitAll
    @Operation(
            summary = "Public status by application number: no login, no personal data",
            description = "Anyone with the number (e.g. CS-7KQ2M9XB4D)")
    public NewbornViews.PublicStatus status(@PathParam("number") String number) {
        return newborns.publicStatus(number);
    }
}
