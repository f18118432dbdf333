package cn.fengqiao.resident.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.fengqiao.infrastructure.paging.Page;
import cn.fengqiao.infrastructure.paging.PageRequest;
import cn.fengqiao.resident.service.CommunityService;

/** The station's communities and their police offices: the top of the standard address tree. */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/addresses/communities")
@Tag(name = "Standard addresses")
public class CommunityResource {

    @Inject
    CommunityService communities;

    @GET
    @RolesAllowed({"commander", "officer", "auxiliary", "mediator", "lawyer", "volunteer", "admin", "city-system"})
    @Operation(
            summary = "Communities of the station with their police offices",
            description = "Roles: every staff role")
    public Page<CommunityView> list(@Valid @BeanParam PageRequest page) {
        return communities.list(page, CommunityView::of);
    }
}
