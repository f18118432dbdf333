package cn.fengqiao.mediation.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.sse.OutboundSseEvent;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;

import cn.fengqiao.infrastructure.changes.ChangeLog;
import cn.fengqiao.infrastructure.changes.MergePatch;
import cn.fengqiao.infrastructure.live.LiveStreams;
import cn.fengqiao.infrastructure.live.StreamRequest;
import cn.fengqiao.infrastructure.paging.Page;
import cn.fengqiao.infrastructure.paging.PageRequest;
import cn.fengqiao.infrastructure.problem.IfMatch;
import cn.fengqiao.infrastructure.problem.QueryParams;
import cn.fengqiao.mediation.domain.Dispute;
import cn.fengqiao.mediation.domain.DisputeStatus;
import cn.fengqiao.mediation.domain.DisputeType;
import cn.fengqiao.mediation.service.AgreementService;
import cn.fengqiao.mediation.service.DisputeAccess;
import cn.fengqiao.mediation.service.DisputeCorrections;
import cn.fengqiao.mediation.service.DisputeService;
import cn.fengqiao.mediation.service.FollowUpService;
import cn.fengqiao.mediation.service.SessionService;

/**
 * Disputes (矛盾纠纷) from screening to closing. Mediators and officers handle them; a lawyer sees and
 * works only on disputes they mediate or attended; the commander reads all; grid workers report.
 * Every step accepts {@code If-Match} with the version from the ETag (412 when someone was first).
 */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/disputes")
@Tag(name = "Disputes")
public class DisputeResource {

    @Inject
    DisputeCorrections corrections;

    @Inject
    MergePatch.Reader patches;

    @Inject
    DisputeService disputes;

    @Inject
    LiveStreams live;

    @Inject
    SessionService sessions;

    @Inject
    AgreementService agreements;

    @Inject
    FollowUpService followUps;

    @Inject
    DisputeAccess access;

    @POST
    @RolesAllowed({"mediator", "officer", "volunteer"})
    @Operation(
            summary = "Open a dispute: a walk-in, a grid worker's report or a screening round's find",
            description = "Roles: mediator, officer, volunteer (grid workers: always GRID_REPORT). Disputes from"
                    + " incidents open themselves from incident-events. An earlier dispute or incident of the last 60"
                    + " days at the same address or with the same parties flags it as repeated and raises its risk.")
    @APIResponse(
            responseCode = "201",
            description = "Created: Location names the new record",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DisputeViews.Summary.class)))
    public Response open(@Valid @NotNull DisputeRequests.Open request, @Context UriInfo uri) {
        Dispute dispute = disputes.open(request);
        return Response.created(URI.create(uri.getPath() + "/" + dispute.id))
                .entity(DisputeViews.Summary.of(dispute))
                .build();
    }

    @GET
    @RolesAllowed({"mediator", "officer", "commander", "lawyer"})
    @Operation(
            summary =
                    "Disputes, newest first; filter by status, type, community, repeated or the incident it came from",
            description = "Roles: mediator, officer, commander, lawyer (only disputes assigned to them)")
    public Page<DisputeViews.Summary> list(
            @QueryParam("status") String status,
            @QueryParam("type") String type,
            @QueryParam("community") String community,
            @QueryParam("repeated") String repeated,
            @QueryParam("incidentId") String incidentId,
            @Valid @BeanParam PageRequest page) {
        return disputes.list(
                QueryParams.code("status", status, DisputeStatus.class),
                QueryParams.code("type", type, DisputeType.class),
                community,
                QueryParams.bool("repeated", repeated),
                QueryParams.uuid("incidentId", incidentId),
                page,
                DisputeViews.Summary::of);
    }

    @GET
    @Path("/screening-queue")
    @RolesAllowed({"mediator", "officer", "commander"})
    @Operation(
            summary = "Screened disputes waiting to be accepted: repeats first, then by risk, then oldest",
            description = "Roles: mediator, officer, commander")
    public Page<DisputeViews.Summary> screeningQueue(
            @QueryParam("community") String community, @Valid @BeanParam PageRequest page) {
        return disputes.screeningQueue(community, page, DisputeViews.Summary::of);
    }

    @GET
    @Path("/overdue")
    @RolesAllowed({"mediator", "officer", "commander"})
    @Operation(
            summary =
                    "Disputes past a deadline: not accepted within 3 days, or not settled within 30 days of acceptance",
            description = "Roles: mediator, officer, commander. Deadlines are configurable"
                    + " (fengqiao.mediation.accept-within-days, mediate-within-days)")
    public Page<DisputeViews.Summary> overdue(
            @QueryParam("community") String community, @Valid @BeanParam PageRequest page) {
        return disputes.overdue(community, page, DisputeViews.Summary::of);
    }

    @GET
    @Path("/follow-ups")
    @RolesAllowed({"mediator", "officer", "commander"})
    @Operation(
            summary = "Follow-up visits due on or before a day (today by default)",
            description = "Roles: mediator, officer, commander. dueBy is yyyy-MM-dd")
    public Page<DisputeViews.FollowUpView> followUpsDue(
            @QueryParam("dueBy") String dueBy,
            @QueryParam("community") String community,
            @Valid @BeanParam PageRequest page) {
        return followUps.due(QueryParams.day("dueBy", dueBy), community, page, DisputeViews.FollowUpView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"mediator", "officer", "commander", "lawyer"})
    @Operation(
            summary = "A dispute with its parties, sessions and follow-ups",
            description = "Roles: mediator, officer, commander, lawyer (assigned only). Party contacts are whole"
                    + " only for the assigned mediator (audited), masked for everyone else")
    public Response get(@PathParam("id") UUID id) {
        DisputeViews.Detail detail = DisputeViews.Detail.of(disputes.detail(id));
        return Response.ok(detail).tag(Long.toString(detail.version())).build();
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({"mediator", "officer", "commander", "lawyer"})
    @Operation(
            summary = "Every step of the dispute: who, when, from, to, note",
            description = "Roles: mediator, officer, commander, lawyer (assigned only)")
    public List<DisputeViews.Step> history(@PathParam("id") UUID id) {
        return disputes.history(id).stream().map(DisputeViews.Step::of).toList();
    }

    @POST
    @Path("/{id}/parties")
    @RolesAllowed({"mediator", "officer"})
    @Operation(summary = "Add a party", description = "Roles: mediator, officer")
    @APIResponse(
            responseCode = "201",
            description = "Created: Location names the new record",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DisputeViews.Party.class)))
    public Response addParty(@PathParam("id") UUID id, @Valid @NotNull DisputeRequests.Party request) {
        return Response.status(Response.Status.CREATED)
                .entity(DisputeViews.Party.of(disputes.addParty(id, request), false))
                .build();
    }

    @PATCH
    @Path("/{id}/parties/{partyId}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed({"mediator", "officer"})
    @Operation(
            summary = "Correct a party (JSON merge patch): side, resident, name, contact; kept in the dispute's history"
                    + " with who, when and X-Reason (the contact masked)",
            description = "Roles: mediator, officer. If-Match with the dispute's ETag (the correction moves it);"
                    + " X-Reason optional (percent-encoded UTF-8). A finished dispute: 409")
    public DisputeViews.Party correctParty(
            @HeaderParam("If-Match") String ifMatch,
            @HeaderParam("X-Reason") String reason,
            @PathParam("id") UUID id,
            @PathParam("partyId") long partyId,
            // read as JSON to tell a member set to null from one left out; documented as what it corrects
            @RequestBody(
                            content =
                                    @Content(
                                            mediaType = MergePatch.MEDIA_TYPE,
                                            schema = @Schema(implementation = PartyCorrection.class)))
                    JsonNode body)
            throws JsonProcessingException {
        access.expectVersion(IfMatch.version(ifMatch));
        return DisputeViews.Party.of(
                corrections.correctParty(
                        id, partyId, patches.read(body, PartyCorrection.class), ChangeLog.optionalReason(reason)),
                false);
    }

    @GET
    @Path("/{id}/changes")
    @RolesAllowed({"mediator", "officer", "commander", "lawyer"})
    @Operation(
            summary = "A dispute's corrections, oldest first: its assessment and its parties, with who, when, why and"
                    + " the old and new values (contacts masked)",
            description = "Roles: mediator, officer, commander, lawyer (assigned only)")
    public List<ChangeLog.Entry> changes(@PathParam("id") UUID id) {
        return corrections.history(id);
    }

    @PUT
    @Path("/{id}/assessment")
    @RolesAllowed({"mediator", "officer"})
    @Operation(
            summary = "Change the assessment: type, risk grade, warning level, leader in charge (包案领导), summary",
            description = "Roles: mediator, officer. Only the fields given change; the step is kept in the history")
    public DisputeViews.Summary reassess(
            @HeaderParam("If-Match") String ifMatch,
            @PathParam("id") UUID id,
            @Valid @NotNull DisputeRequests.Assessment request) {
        access.expectVersion(IfMatch.version(ifMatch));
        return DisputeViews.Summary.of(disputes.reassess(id, request));
    }

    @POST
    @Path("/{id}/accept")
    @RolesAllowed({"mediator", "officer"})
    @Operation(
            summary = "Accept a screened dispute for mediation (starts the 30-day clock)",
            description = "Roles: mediator, officer")
    public DisputeViews.Summary accept(
            @HeaderParam("If-Match") String ifMatch,
            @PathParam("id") UUID id,
            @RequestBody(required = false) @Valid DisputeRequests.Note request) {
        access.expectVersion(IfMatch.version(ifMatch));
        return DisputeViews.Summary.of(disputes.accept(id, request == null ? null : request.note()));
    }

    @POST
    @Path("/{id}/assign")
    @RolesAllowed({"mediator", "officer"})
    @Operation(
            summary = "Assign (or replace) the mediator: police mediator, people's mediator or the duty lawyer",
            description = "Roles: mediator, officer. A duty lawyer is the lawyer on duty today unless that lawyer has a"
                    + " conflict of interest with a party; then the next lawyer on the rota")
    public DisputeViews.Summary assign(
            @HeaderParam("If-Match") String ifMatch,
            @PathParam("id") UUID id,
            @Valid @NotNull DisputeRequests.Assign request) {
        access.expectVersion(IfMatch.version(ifMatch));
        return DisputeViews.Summary.of(disputes.assign(id, request));
    }

    @POST
    @Path("/{id}/sessions")
    @RolesAllowed({"mediator", "officer", "lawyer"})
    @Operation(
            summary = "Record a mediation session (the first moves the dispute into mediation)",
            description = "Roles: mediator, officer, lawyer (assigned only). inRoom books the shared room (409 when"
                    + " taken); withDutyLawyer brings the day's duty lawyer without a conflict")
    @APIResponse(
            responseCode = "201",
            description = "Created: Location names the new record",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DisputeViews.Session.class)))
    public Response session(
            @HeaderParam("If-Match") String ifMatch,
            @PathParam("id") UUID id,
            @Valid @NotNull DisputeRequests.Session request) {
        access.expectVersion(IfMatch.version(ifMatch));
        return Response.status(Response.Status.CREATED)
                .entity(DisputeViews.Session.of(sessions.record(id, request)))
                .build();
    }

    @POST
    @Path("/{id}/agreement")
    @RolesAllowed({"mediator", "officer", "lawyer"})
    @Operation(
            summary = "Sign the agreement: generates the agreement text and schedules follow-ups at +7 and +30 days",
            description = "Roles: mediator, officer, lawyer (assigned only)")
    @APIResponse(
            responseCode = "201",
            description = "Created: Location names the new record",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DisputeViews.AgreementView.class)))
    public Response sign(
            @HeaderParam("If-Match") String ifMatch,
            @PathParam("id") UUID id,
            @Valid @NotNull DisputeRequests.Sign request) {
        access.expectVersion(IfMatch.version(ifMatch));
        var agreement = agreements.sign(id, request.terms());
        return Response.status(Response.Status.CREATED)
                .entity(DisputeViews.AgreementView.of(agreement, List.of()))
                .build();
    }

    @GET
    @Path("/{id}/agreement")
    @RolesAllowed({"mediator", "officer", "commander", "lawyer"})
    @Operation(
            summary = "The agreement, its text, confirmations and judicial confirmation",
            description = "Roles: mediator, officer, commander, lawyer (assigned only)")
    public DisputeViews.AgreementView agreement(@PathParam("id") UUID id) {
        return DisputeViews.AgreementView.of(agreements.get(id), agreements.confirmations(id));
    }

    @POST
    @Path("/{id}/agreement/confirmations")
    @RolesAllowed({"mediator", "officer", "lawyer"})
    @Operation(
            summary = "Record that a party confirmed the agreement",
            description = "Roles: mediator, officer, lawyer (assigned only)")
    public DisputeViews.AgreementView confirm(
            @PathParam("id") UUID id, @Valid @NotNull DisputeRequests.Confirm request) {
        return DisputeViews.AgreementView.of(agreements.confirm(id, request.partyId()), agreements.confirmations(id));
    }

    @POST
    @Path("/{id}/agreement/judicial-confirmation")
    @RolesAllowed({"mediator", "officer"})
    @Operation(
            summary = "Both parties apply to the court for judicial confirmation (司法确认)",
            description = "Roles: mediator, officer. Refused with the reason (409) after 30 days from signing, when a"
                    + " party is missing from the application or has not confirmed the agreement")
    public DisputeViews.AgreementView requestJudicial(
            @PathParam("id") UUID id, @Valid @NotNull DisputeRequests.JudicialRequest request) {
        return DisputeViews.AgreementView.of(
                agreements.requestJudicialConfirmation(id, request.partyIds()), agreements.confirmations(id));
    }

    @PUT
    @Path("/{id}/agreement/judicial-confirmation")
    @RolesAllowed("city-system")
    @Operation(
            summary = "The court's decision: CONFIRMED or REJECTED",
            description = "Roles: city-system (the court's system)")
    public DisputeViews.AgreementView decideJudicial(
            @PathParam("id") UUID id, @Valid @NotNull DisputeRequests.JudicialDecision request) {
        return DisputeViews.AgreementView.of(
                agreements.decide(id, request.decision(), request.courtReference(), request.reason()),
                agreements.confirmations(id));
    }

    @POST
    @Path("/{id}/fail")
    @RolesAllowed({"mediator", "officer", "lawyer"})
    @Operation(summary = "Mediation failed", description = "Roles: mediator, officer, lawyer (assigned only)")
    public DisputeViews.Summary fail(
            @HeaderParam("If-Match") String ifMatch,
            @PathParam("id") UUID id,
            @Valid @NotNull DisputeRequests.Fail request) {
        access.expectVersion(IfMatch.version(ifMatch));
        return DisputeViews.Summary.of(disputes.fail(id, request.reason()));
    }

    @POST
    @Path("/{id}/refer")
    @RolesAllowed({"mediator", "officer"})
    @Operation(
            summary = "Refer the dispute to a court, arbitration, 12345 or another department",
            description = "Roles: mediator, officer")
    public DisputeViews.Summary refer(
            @HeaderParam("If-Match") String ifMatch,
            @PathParam("id") UUID id,
            @Valid @NotNull DisputeRequests.Refer request) {
        access.expectVersion(IfMatch.version(ifMatch));
        return DisputeViews.Summary.of(disputes.refer(id, request.target(), request.reason()));
    }

    @GET
    @Path("/{id}/follow-ups")
    @RolesAllowed({"mediator", "officer", "commander"})
    @Operation(summary = "The dispute's follow-up visits", description = "Roles: mediator, officer, commander")
    public List<DisputeViews.FollowUpView> followUps(@PathParam("id") UUID id) {
        return followUps.of(id).stream().map(DisputeViews.FollowUpView::of).toList();
    }

    @POST
    @Path("/{id}/follow-ups/{followUpId}")
    @RolesAllowed({"mediator", "officer"})
    @Operation(
            summary = "Record a follow-up visit: STABLE, or RECURRED (reopens the dispute)",
            description = "Roles: mediator, officer")
    public DisputeViews.FollowUpView recordFollowUp(
            @HeaderParam("If-Match") String ifMatch,
            @PathParam("id") UUID id,
            @PathParam("followUpId") long followUpId,
            @Valid @NotNull DisputeRequests.FollowUpVisit request) {
        access.expectVersion(IfMatch.version(ifMatch));
        return DisputeViews.FollowUpView.of(followUps.record(id, followUpId, request));
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed({"mediator", "officer"})
    @Operation(
            summary = "Close: after the follow-ups, after a failed mediation, or when screening found no dispute",
            description = "Roles: mediator, officer")
    public DisputeViews.Summary close(
            @HeaderParam("If-Match") String ifMatch,
            @PathParam("id") UUID id,
            @RequestBody(required = false) @Valid DisputeRequests.Note request) {
        access.expectVersion(IfMatch.version(ifMatch));
        return DisputeViews.Summary.of(disputes.close(id, request == null ? null : request.note()));
    }

    @GET
    @Path("/screening-queue/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Blocking // resuming reads the table of live events
    @RolesAllowed({"mediator", "officer", "commander"})
    @Operation(
            summary = "Disputes entering or leaving the screening queue, as they happen",
            description = "Roles: mediator, officer, commander (community officers: their community only). "
                    + LiveStreams.EVENT_FORMAT)
    public Multi<OutboundSseEvent> stream(@Valid @BeanParam StreamRequest request) {
        return live.open(request, "dispute", disputes.watchedQueue(request.community()));
    }
}
