package cn.fengqiao.incident.rest;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.fengqiao.incident.domain.Incident;
import cn.fengqiao.incident.domain.IncidentStatus;
import cn.fengqiao.incident.service.IncidentService;
import cn.fengqiao.infrastructure.paging.Page;
import cn.fengqiao.infrastructure.paging.PageRequest;

/** Incidents (警情): intake and reading. */
@Path("/api/incidents")
@Tag(name = "Incidents")
public class IncidentResource {

    @Inject
    IncidentService incidents;

    @POST
    @RolesAllowed({"officer", "auxiliary", "commander"})
    @Operation(summary = "Report an incident from any channel", description = "Roles: officer, auxiliary, commander")
    public Response report(@Valid @NotNull ReportIncidentRequest request, @Context UriInfo uri) {
        Incident incident = incidents.report(request);
        return Response.created(URI.create(uri.getPath() + "/" + incident.id))
                .entity(IncidentView.of(incident))
                .build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"officer", "auxiliary", "commander"})
    @Operation(
            summary = "One incident",
            description = "Roles: officer, auxiliary, commander (community officers: their community only)")
    public IncidentView get(@PathParam("id") UUID id) {
        return IncidentView.of(incidents.get(id));
    }

    @GET
    @RolesAllowed({"officer", "auxiliary", "commander"})
    @Operation(
            summary = "Incidents, newest first",
            description = "Roles: officer, auxiliary, commander (community officers: their community only)")
    public Page<IncidentView> list(
            @QueryParam("status") IncidentStatus status,
            @QueryParam("community") String community,
            @Valid @BeanParam PageRequest page) {
        return incidents.list(status, community, page, IncidentView::of);
    }
}
