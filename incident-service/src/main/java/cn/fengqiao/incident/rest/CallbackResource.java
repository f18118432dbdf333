package cn.fengqiao.incident.rest;

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
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.fengqiao.incident.service.CallbackService;
import cn.fengqiao.infrastructure.paging.Page;
import cn.fengqiao.infrastructure.paging.PageRequest;

/** Callbacks (回访) after closing: who is due, what callers said, rating links. */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/callbacks")
@Tag(name = "Callbacks")
@RolesAllowed({"officer", "auxiliary", "commander"})
public class CallbackResource {

    @Inject
    CallbackService callbacks;

    @GET
    @Operation(
            summary = "Pending callbacks, earliest due first; overdue=true for those past due",
            description = "Roles: officer, auxiliary, commander")
    public Page<CallbackViews.View> pending(
            @QueryParam("overdue") boolean overdue, @Valid @BeanParam PageRequest page) {
        return callbacks.pending(overdue, page, CallbackViews.View::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One callback", description = "Roles: officer, auxiliary, commander")
    public CallbackViews.View get(@PathParam("id") long id) {
        return CallbackViews.View.of(callbacks.get(id));
    }

    @POST
    @Path("/{id}/calls")
    @Operation(
            summary =
                    "Record a callback call: reached or not; satisfaction when reached (dissatisfied opens a rectification)",
            description = "Roles: officer, auxiliary, commander")
    public CallbackViews.View call(@PathParam("id") long id, @Valid @NotNull CallbackViews.Call request) {
        return CallbackViews.View.of(callbacks.recordCall(
                id, request.reached(), request.satisfaction(), request.comment(), request.owner()));
    }

    @POST
    @Path("/{id}/rating-link")
    @Operation(
            summary = "A one-time link (7 days) for the caller to rate without logging in; replaces an earlier one",
            description = "Roles: officer, auxiliary, commander")
    public CallbackViews.Link link(@PathParam("id") long id) {
        String token = callbacks.issueLink(id);
        return new CallbackViews.Link(token, "/api/callback-ratings/" + token, callbacks.get(id).linkExpiresAt);
    }
}
