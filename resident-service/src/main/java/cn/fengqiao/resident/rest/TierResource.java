package cn.fengqiao.resident.rest;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import cn.fengqiao.infrastructure.problem.QueryParams;
import cn.fengqiao.resident.domain.TierProposal;
import cn.fengqiao.resident.service.TierService;

/**
 * Three-tier classified management (分类管理): only for officers and the commander using the station's
 * own client (fengqiao-station). Every call needs {@code X-Purpose} (percent-encoded UTF-8) and is
 * audited, refusals included.
 */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/residents")
@Tag(name = "Classified management")
// No @RolesAllowed: the service refuses every other role itself, so that each refusal is audited.
@Authenticated
public class TierResource {

    @Inject
    TierService tiers;

    @GET
    @Path("/{id}/tier")
    @Operation(
            summary = "A person's tier, reasons, review date and full history",
            description = "Roles: officer, commander on the station client. X-Purpose required; audited")
    public TierViews.Current read(@PathParam("id") UUID id, @HeaderParam("X-Purpose") String purpose) {
        return tiers.read(id, PersonResource.purposeOrNull(purpose));
    }

    @POST
    @Path("/{id}/tier-proposals")
    @Operation(
            summary = "Propose raising a tier; a different commander approves (two-person rule)",
            description = "Roles: officer on the station client. X-Purpose required; audited")
    @APIResponse(
            responseCode = "201",
            description = "Created: Location names the new record",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = TierViews.Proposal.class)))
    public Response propose(
            @PathParam("id") UUID id,
            @HeaderParam("X-Purpose") String purpose,
            @Valid @NotNull TierRequests.Change request) {
        TierProposal proposal = tiers.propose(
                id, request.tier(), request.reasons(), request.why(), PersonResource.purposeOrNull(purpose));
        return Response.status(Response.Status.CREATED)
                .entity(TierViews.Proposal.of(proposal))
                .build();
    }

    @GET
    @Path("/tier-proposals")
    @Operation(
            summary = "Tier proposals (PENDING by default)",
            description = "Roles: officer, commander on the station client; audited")
    public List<TierViews.Proposal> proposals(
            @QueryParam("status") String status, @HeaderParam("X-Purpose") String purpose) {
        return tiers
                .proposals(
                        QueryParams.code("status", status, TierProposal.Status.class), PersonResource.purpose(purpose))
                .stream()
                .map(TierViews.Proposal::of)
                .toList();
    }

    @POST
    @Path("/tier-proposals/{proposalId}/approve")
    @Operation(
            summary = "Approve a proposal: a commander who did not propose it",
            description = "Roles: commander on the station client. X-Purpose required; audited")
    public TierViews.Proposal approve(
            @PathParam("proposalId") UUID proposalId,
            @HeaderParam("X-Purpose") String purpose,
            @RequestBody(required = false) @Valid TierRequests.Decision request) {
        return TierViews.Proposal.of(tiers.decide(
                proposalId, true, request == null ? null : request.note(), PersonResource.purposeOrNull(purpose)));
    }

    @POST
    @Path("/tier-proposals/{proposalId}/reject")
    @Operation(summary = "Reject a proposal", description = "Roles: commander on the station client; audited")
    public TierViews.Proposal reject(
            @PathParam("proposalId") UUID proposalId,
            @HeaderParam("X-Purpose") String purpose,
            @RequestBody(required = false) @Valid TierRequests.Decision request) {
        return TierViews.Proposal.of(tiers.decide(
                proposalId, false, request == null ? null : request.note(), PersonResource.purposeOrNull(purpose)));
    }

    @PUT
    @Path("/{id}/tier")
    @Operation(
            summary = "Lower a tier (the commander alone)",
            description = "Roles: commander on the station client. X-Purpose required; audited")
    public TierViews.Current lower(
            @PathParam("id") UUID id,
            @HeaderParam("X-Purpose") String purpose,
            @Valid @NotNull TierRequests.Change request) {
        return tiers.lower(id, request.tier(), request.reasons(), request.why(), PersonResource.purposeOrNull(purpose));
    }

    @POST
    @Path("/{id}/tier/reviews")
    @Operation(
            summary = "Record a review that keeps the tier; the next review date moves on",
            description = "Roles: officer, commander on the station client. X-Purpose required; audited")
    public TierViews.Current reviewed(
            @PathParam("id") UUID id,
            @HeaderParam("X-Purpose") String purpose,
            @RequestBody(required = false) @Valid TierRequests.Decision request) {
        return tiers.reviewed(id, request == null ? null : request.note(), PersonResource.purposeOrNull(purpose));
    }

    @GET
    @Path("/review-queue")
    @Operation(
            summary =
                    "Overdue reviews and review suggestions (e.g. three incidents in 90 days); nothing here changes a tier",
            description = "Roles: officer, commander on the station client; audited")
    public List<TierViews.QueueItem> queue(@HeaderParam("X-Purpose") String purpose) {
        return tiers.queue(PersonResource.purpose(purpose));
    }
}
