package cn.fengqiao.resident.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.fengqiao.infrastructure.paging.Page;
import cn.fengqiao.infrastructure.paging.PageRequest;
import cn.fengqiao.resident.service.ObservedIncidentService;

/** What resident-service has heard from incident-events: proves the pipe and feeds repeat-address checks. */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/residents/observed-incidents")
@Tag(name = "Observed incidents")
@RolesAllowed({"officer", "commander"})
public class ObservedIncidentResource {

    @Inject
    ObservedIncidentService observedIncidents;

    @GET
    @Path("/{incidentId}")
    @Operation(
            summary = "One incident as recorded here from incident-events",
            description = "Roles: officer, commander")
    public ObservedIncidentView get(@PathParam("incidentId") UUID incidentId) {
        return ObservedIncidentView.of(observedIncidents.get(incidentId));
    }

    @GET
    @Operation(summary = "Incidents recorded here, newest first", description = "Roles: officer, commander")
    public Page<ObservedIncidentView> list(
            @QueryParam("community") String community, @Valid @BeanParam PageRequest page) {
        return observedIncidents.list(community, page, ObservedIncidentView::of);
    }
}
