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

/** Rectification tasks opened by dissatisfied callers: 5 working days each. */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/rectifications")
@Tag(name = "Callbacks")
@RolesAllowed({"officer", "commander"})
public class RectificationResource {

    @Inject
    CallbackService callbacks;

    @GET
    @Operation(
            summary = "Open rectifications, earliest deadline first; overdue=true for those past it",
            description = "Roles: officer, commander")
    public Page<CallbackViews.Task> open(@QueryParam("overdue") boolean overdue, @Valid @BeanParam PageRequest page) {
        return callbacks.rectifications(overdue, page, CallbackViews.Task::of);
    }

    @POST
    @Path("/{id}/complete")
    @Operation(summary = "Complete a rectification with its outcome", description = "Roles: officer, commander")
    public CallbackViews.Task complete(@PathParam("id") long id, @Valid @NotNull CallbackViews.Completion request) {
        return CallbackViews.Task.of(callbacks.completeRectification(id, request.outcome()));
    }
}
