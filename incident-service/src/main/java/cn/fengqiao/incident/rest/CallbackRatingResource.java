package cn.fengqiao.incident.rest;

import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.fengqiao.incident.service.CallbackService;

/** The caller's own rating through a one-time link: no login, the token is the permission. */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/callback-ratings")
@Tag(name = "Callbacks")
public class CallbackRatingResource {

    @Inject
    CallbackService callbacks;

    @POST
    @Path("/{token}")
    @PermitAll
    @Operation(
            summary = "Rate how the station handled your call (one-time link, no login)",
            description = "Public: the link is the permission")
    public Map<String, String> rate(
            @PathParam("token") @Pattern(regexp = "[A-Za-z0-9_-]{43}", message = "{fengqiao.rating-link}") String token,
            @Valid @NotNull CallbackViews.Rating request) {
        callbacks.rateByLink(token, request.satisfaction(), request.comment());
        return Map.of("message", "谢谢您的评价 / Thank you for your rating");
    }
}
