package cn.fengqiao.patrol.rest;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.panache.common.Parameters;

import cn.fengqiao.infrastructure.paging.Page;
import cn.fengqiao.infrastructure.paging.PageRequest;
import cn.fengqiao.infrastructure.problem.IfMatch;
import cn.fengqiao.infrastructure.problem.QueryParams;
import cn.fengqiao.infrastructure.time.ClockProducer;
import cn.fengqiao.patrol.domain.PatrolPlan;
import cn.fengqiao.patrol.domain.PlanShift;
import cn.fengqiao.patrol.domain.PlanStatus;
import cn.fengqiao.patrol.service.PlanningService;

/** Patrol plans: requested, solved in the background, read with their findings, published. */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/patrol/plans")
@Tag(name = "Patrol plans")
public class PlanResource {

    @Inject
    PlanningService planning;

    @POST
    @RolesAllowed({"commander", "officer"})
    @Operation(
            summary = "Plan a period (a day to a month); 202 while the solver works, then GET the plan",
            description = "Roles: commander, officer")
    @APIResponse(
            responseCode = "202",
            description = "Accepted: the work goes on, the answer says where it stands",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PlanViews.Plan.class)))
    public Response request(@Valid @NotNull PlanViews.Request request, @Context UriInfo uri) {
        PatrolPlan plan = planning.request(request.from(), request.to(), request.seed());
        planning.solveLater(plan.id);
        return Response.accepted(PlanViews.Plan.of(plan))
                .location(URI.create(uri.getPath() + "/" + plan.id))
                .build();
    }

    @GET
    @RolesAllowed({"commander", "officer"})
    @Operation(summary = "Plans, newest first, by status", description = "Roles: commander, officer")
    public Page<PlanViews.Plan> list(@QueryParam("status") String status, @Valid @BeanParam PageRequest page) {
        PlanStatus only = QueryParams.code("status", status, PlanStatus.class);
        return only == null
                ? Page.of(PatrolPlan.find("ORDER BY createdAt DESC"), page, PlanViews.Plan::of)
                : Page.of(PatrolPlan.find("status = ?1 ORDER BY createdAt DESC", only), page, PlanViews.Plan::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"commander", "officer"})
    @Operation(
            summary = "A plan: status, score against the greedy baseline, and every broken soft rule in plain words",
            description = "Roles: commander, officer")
    public Response get(@PathParam("id") UUID id) {
        PatrolPlan plan = planning.get(id);
        return Response.ok(PlanViews.Plan.of(plan))
                .tag(new EntityTag(Long.toString(plan.version)))
                .build();
    }

    @GET
    @Path("/{id}/shifts")
    @RolesAllowed({"commander", "officer"})
    @Operation(
            summary = "A plan's shifts, by patroller or day, with the hot-cell visits of foot patrols",
            description = "Roles: commander, officer")
    public Page<PlanViews.Shift> shifts(
            @PathParam("id") UUID id,
            @QueryParam("patroller") String patroller,
            @QueryParam("day") String day,
            @Valid @BeanParam PageRequest page) {
        planning.get(id);
        StringBuilder query = new StringBuilder("planId = :plan");
        Parameters params = Parameters.with("plan", id);
        if (patroller != null && !patroller.isBlank()) {
            query.append(" AND patrollerCode = :patroller");
            params.and("patroller", patroller.strip());
        }
        LocalDate onDay = QueryParams.day("day", day);
        if (onDay != null) {
            query.append(" AND startsAt >= :dayStart AND startsAt < :dayEnd");
            params.and(
                            "dayStart",
                            onDay.atStartOfDay(ClockProducer.STATION_ZONE).toInstant())
                    .and(
                            "dayEnd",
                            onDay.plusDays(1)
                                    .atStartOfDay(ClockProducer.STATION_ZONE)
                                    .toInstant());
        }
        return Page.of(PlanShift.find(query + " ORDER BY startsAt, patrollerCode", params), page, PlanViews.Shift::of);
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed({"commander", "officer"})
    @Operation(
            summary = "Publish a solved plan that breaks no hard rule; its shifts then start and end by the clock",
            description = "Roles: commander, officer. If-Match with the plan's ETag")
    public Response publish(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        PatrolPlan plan = planning.publish(id, IfMatch.version(ifMatch));
        return Response.ok(PlanViews.Plan.of(plan))
                .tag(new EntityTag(Long.toString(plan.version)))
                .build();
    }
}
