package cn.fengqiao.patrol.rest;

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
import cn.fengqiao.patrol.service.ObservedIncidentService;

/** What patrol-service has heard from incident-events: the input of the hot-spot model. */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/patrol/observed-incidents")
@Tag(name = "Observed incidents")
@RolesAllowed({"officer", "auxiliary", "commander"})
public class ObservedIncidentResource {

    @Inject
    ObservedIncidentService observedIncidents;

    @GET
    @Path("/{incidentId}")
    @Operation(
            summary = "One incident as recorded here from incident-events",
            description = "Roles: officer, auxiliary, commander")
    public ObservedIncidentView get(@PathParam("incidentId") UUID incidentId) {
        return ObservedIncidentView.of(observedIncidents.get(incidentId));
    }

    @GET
    @Operation(summary = "Incidents recorded here, newest first", description = "Roles: officer, auxiliary, commander")
    public Page<ObservedIncidentView> list(
            @QueryParam("community") String community, @Valid @BeanParam PageRequest page) {
        return observedIncidents.list(community, page, ObservedIncidentView::of);
    }
}
