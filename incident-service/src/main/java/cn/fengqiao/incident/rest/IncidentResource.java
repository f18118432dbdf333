package cn.fengqiao.incident.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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

import cn.fengqiao.incident.domain.Incident;
import cn.fengqiao.incident.domain.IncidentStatus;
import cn.fengqiao.incident.service.AgencyContactService;
import cn.fengqiao.incident.service.CaseService;
import cn.fengqiao.incident.service.DuplicateFinder;
import cn.fengqiao.incident.service.IncidentCorrections;
import cn.fengqiao.incident.service.IncidentLifecycleService;
import cn.fengqiao.incident.service.IncidentService;
import cn.fengqiao.incident.service.InvolvedPersonService;
import cn.fengqiao.incident.service.NarrativeService;
import cn.fengqiao.incident.service.UnitService;
import cn.fengqiao.infrastructure.changes.ChangeLog;
import cn.fengqiao.infrastructure.changes.MergePatch;
import cn.fengqiao.infrastructure.live.LiveStreams;
import cn.fengqiao.infrastructure.live.StreamRequest;
import cn.fengqiao.infrastructure.paging.Page;
import cn.fengqiao.infrastructure.paging.PageRequest;
import cn.fengqiao.infrastructure.problem.IfMatch;
import cn.fengqiao.infrastructure.problem.QueryParams;

/**
 * Incidents (警情): intake, reading and the lifecycle. Every change accepts {@code If-Match} with
 * the version from the ETag, so two officers cannot overwrite each other's step.
 */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/incidents")
@Tag(name = "Incidents")
public class IncidentResource {

    @Inject
    IncidentService incidents;

    @Inject
    LiveStreams live;

    @Inject
    IncidentLifecycleService lifecycle;

    @Inject
    UnitService units;

    @Inject
    NarrativeService narrative;

    @Inject
    InvolvedPersonService persons;

    @Inject
    AgencyContactService agencyContacts;

    @Inject
    DuplicateFinder duplicates;

    @Inject
    CaseService cases;

    @Inject
    IncidentCorrections corrections;

    @Inject
    MergePatch.Reader patches;

    @POST
    @RolesAllowed({"officer", "auxiliary", "commander"})
    @Operation(
            summary = "Report an incident from any channel; the answer suggests possible duplicates (same category, "
                    + "open, last 2 hours, same address or within 200 m)",
            description = "Roles: officer, auxiliary, commander; suspects among personsInvolved: officer, commander")
    @APIResponse(
            responseCode = "201",
            description = "Created: Location names the new record",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = IncidentView.class)))
    public Response report(@Valid @NotNull ReportIncidentRequest request, @Context UriInfo uri) {
        Incident incident = incidents.report(request);
        List<IncidentRecordViews.DuplicateCandidate> candidates = duplicates.candidates(incident).stream()
                .map(IncidentRecordViews.DuplicateCandidate::of)
                .toList();
        return Response.created(URI.create(uri.getPath() + "/" + incident.id))
                .tag(etag(incident))
                .entity(IncidentView.of(incident, persons.seesWholeNumbers(), candidates))
                .build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"officer", "auxiliary", "commander"})
    @Operation(
            summary = "One incident, with its response times",
            description = "Roles: officer, auxiliary, commander (community officers: their community only); "
                    + "the reporter's phone is whole for officer and commander (audited), masked otherwise")
    public Response get(@PathParam("id") UUID id) {
        Incident incident = incidents.readDetail(id);
        return Response.ok(IncidentView.of(incident, persons.seesWholeNumbers(), null))
                .tag(etag(incident))
                .build();
    }

    @GET
    @RolesAllowed({"officer", "auxiliary", "commander"})
    @Operation(
            summary = "Incidents, newest first",
            description = "Roles: officer, auxiliary, commander (community officers: their community only)")
    public Page<IncidentView> list(
            @QueryParam("status") String status,
            @QueryParam("community") String community,
            @Valid @BeanParam PageRequest page) {
        return incidents.list(
                QueryParams.code("status", status, IncidentStatus.class), community, page, IncidentView::of);
    }

    @POST
    @Path("/{id}/dispatch")
    @RolesAllowed({"officer", "commander"})
    @Operation(
            summary = "Dispatch units (only available ones); they show as dispatched on the board",
            description = "Roles: officer, commander")
    public Response dispatch(
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull IncidentRequests.Dispatch request) {
        return changed(lifecycle.dispatch(id, request.unitCodes(), request.note(), version(ifMatch)));
    }

    @POST
    @Path("/{id}/status")
    @RolesAllowed({"officer", "auxiliary", "commander"})
    @Operation(
            summary = "Move on: EN_ROUTE, ON_SCENE, HANDLED or CLOSED (409 if the state machine does not allow it)",
            description = "Roles: officer, auxiliary, commander; CLOSED: officer, commander")
    public Response progress(
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull IncidentRequests.Progress request) {
        return changed(lifecycle.progress(id, request.status(), request.note(), version(ifMatch)));
    }

    @POST
    @Path("/{id}/transfer")
    @RolesAllowed({"officer", "commander"})
    @Operation(summary = "Hand over to 120, 119, 12345 or another unit", description = "Roles: officer, commander")
    public Response transfer(
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull IncidentRequests.Transfer request) {
        return changed(
                lifecycle.transfer(id, request.target(), request.reason(), request.reference(), version(ifMatch)));
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed({"officer", "commander"})
    @Operation(summary = "Cancel with a reason", description = "Roles: officer, commander")
    public Response cancel(
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull IncidentRequests.Cancel request) {
        return changed(lifecycle.cancel(id, request.reason(), version(ifMatch)));
    }

    @POST
    @Path("/{id}/merge")
    @RolesAllowed({"officer", "commander"})
    @Operation(summary = "Merge this duplicate into an open incident", description = "Roles: officer, commander")
    public Response merge(
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull IncidentRequests.Merge request) {
        return changed(lifecycle.merge(id, request.intoIncidentId(), request.note(), version(ifMatch)));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({"officer", "auxiliary", "commander"})
    @Operation(
            summary = "Every step (who, when, note) and every unit sent",
            description = "Roles: officer, auxiliary, commander")
    public IncidentHistoryView history(@PathParam("id") UUID id) {
        return IncidentHistoryView.of(lifecycle.history(id), lifecycle.assignments(id));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed({"officer", "commander"})
    @Operation(
            summary = "Correct an open incident (JSON merge patch): category, sub-category, summary, priority, address,"
                    + " position; kept in its history with who, when and X-Reason; published as"
                    + " cn.fengqiao.incident.corrected.v1",
            description = "Roles: officer, commander. If-Match with the ETag; X-Reason optional (percent-encoded"
                    + " UTF-8). A closed incident: 409")
    public Response correct(
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @HeaderParam("X-Reason") String reason,
            // read as JSON to tell a member set to null from one left out; documented as what it corrects
            @RequestBody(
                            content =
                                    @Content(
                                            mediaType = MergePatch.MEDIA_TYPE,
                                            schema = @Schema(implementation = IncidentCorrection.class)))
                    JsonNode body)
            throws JsonProcessingException {
        Incident incident = corrections.correct(
                id, patches.read(body, IncidentCorrection.class), version(ifMatch), ChangeLog.optionalReason(reason));
        return changed(incident);
    }

    @GET
    @Path("/{id}/changes")
    @RolesAllowed({"officer", "auxiliary", "commander"})
    @Operation(
            summary = "An incident's corrections, oldest first: when, by whom, why and which fields",
            description = "Roles: officer, auxiliary, commander")
    public List<ChangeLog.Entry> changes(@PathParam("id") UUID id) {
        return corrections.history(id);
    }

    @GET
    @Path("/{id}/unit-recommendations")
    @RolesAllowed({"officer", "commander"})
    @Operation(
            summary = "Available units ranked for this incident: same community first, then the least loaded",
            description = "Roles: officer, commander")
    public List<UnitRecommendationView> recommendations(
            @PathParam("id") UUID id, @QueryParam("limit") @DefaultValue("5") int limit) {
        return units.recommend(id, Math.max(1, Math.min(limit, 50))).stream()
                .map(UnitRecommendationView::of)
                .toList();
    }

    @GET
    @Path("/{id}/possible-duplicates")
    @RolesAllowed({"officer", "auxiliary", "commander"})
    @Operation(
            summary = "Open incidents that may be the same: same category, last 2 hours, same address or within 200 m",
            description = "Roles: officer, auxiliary, commander")
    public List<IncidentRecordViews.DuplicateCandidate> possibleDuplicates(@PathParam("id") UUID id) {
        return duplicates.candidates(incidents.get(id)).stream()
                .map(IncidentRecordViews.DuplicateCandidate::of)
                .toList();
    }

    @GET
    @Path("/{id}/narrative")
    @RolesAllowed({"officer", "auxiliary", "commander"})
    @Operation(
            summary = "The narrative, oldest first, struck entries included",
            description = "Roles: officer, auxiliary, commander")
    public List<IncidentRecordViews.Narrative> narrative(@PathParam("id") UUID id) {
        return narrative.list(id).stream()
                .map(IncidentRecordViews.Narrative::of)
                .toList();
    }

    @POST
    @Path("/{id}/narrative")
    @RolesAllowed({"officer", "auxiliary", "commander"})
    @Operation(
            summary = "Add a narrative entry (entries are never edited or deleted)",
            description = "Roles: officer, auxiliary, commander")
    @APIResponse(
            responseCode = "201",
            description = "Created: Location names the new record",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = IncidentRecordViews.Narrative.class)))
    public Response addNarrative(@PathParam("id") UUID id, @Valid @NotNull IncidentRequests.Narrative request) {
        return Response.status(Response.Status.CREATED)
                .entity(IncidentRecordViews.Narrative.of(narrative.append(id, request.text())))
                .build();
    }

    @POST
    @Path("/{id}/narrative/{entryId}/strike")
    @RolesAllowed({"officer", "auxiliary", "commander"})
    @Operation(
            summary = "Strike a wrong entry through, with a reason",
            description = "Roles: the entry's author, or the commander")
    public IncidentRecordViews.Narrative strike(
            @PathParam("id") UUID id,
            @PathParam("entryId") long entryId,
            @Valid @NotNull IncidentRequests.Strike request) {
        return IncidentRecordViews.Narrative.of(narrative.strike(id, entryId, request.reason()));
    }

    @GET
    @Path("/{id}/persons")
    @RolesAllowed({"officer", "auxiliary", "commander"})
    @Operation(
            summary = "People in the incident",
            description = "Roles: officer, auxiliary, commander; suspects and whole phone numbers: officer, commander")
    public List<IncidentRecordViews.Person> persons(@PathParam("id") UUID id) {
        boolean whole = persons.seesWholeNumbers();
        return persons.list(id).stream()
                .map(p -> IncidentRecordViews.Person.of(p, whole))
                .toList();
    }

    @POST
    @Path("/{id}/persons")
    @RolesAllowed({"officer", "auxiliary", "commander"})
    @Operation(
            summary = "Add a person to the incident",
            description = "Roles: officer, auxiliary, commander; suspects: officer, commander")
    @APIResponse(
            responseCode = "201",
            description = "Created: Location names the new record",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = IncidentRecordViews.Person.class)))
    public Response addPerson(@PathParam("id") UUID id, @Valid @NotNull PersonRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(IncidentRecordViews.Person.of(
                        persons.add(id, request.role(), request.residentId(), request.name(), request.phone()),
                        persons.seesWholeNumbers()))
                .build();
    }

    @GET
    @Path("/{id}/agency-contacts")
    @RolesAllowed({"officer", "auxiliary", "commander"})
    @Operation(
            summary = "Agencies brought in (120, 119, hospital, family, ...) and when they arrived",
            description = "Roles: officer, auxiliary, commander")
    public List<IncidentRecordViews.Contact> agencyContacts(@PathParam("id") UUID id) {
        return agencyContacts.list(id).stream()
                .map(IncidentRecordViews.Contact::of)
                .toList();
    }

    @POST
    @Path("/{id}/agency-contacts")
    @RolesAllowed({"officer", "auxiliary", "commander"})
    @Operation(
            summary = "Record that an agency was asked to help (the incident stays ours)",
            description = "Roles: officer, auxiliary, commander")
    @APIResponse(
            responseCode = "201",
            description = "Created: Location names the new record",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = IncidentRecordViews.Contact.class)))
    public Response addAgencyContact(@PathParam("id") UUID id, @Valid @NotNull IncidentRequests.AgencyContact request) {
        return Response.status(Response.Status.CREATED)
                .entity(IncidentRecordViews.Contact.of(agencyContacts.record(
                        id, request.agency(), request.askedAt(), request.reference(), request.note())))
                .build();
    }

    @POST
    @Path("/{id}/agency-contacts/{contactId}/arrival")
    @RolesAllowed({"officer", "auxiliary", "commander"})
    @Operation(
            summary = "Record when the agency arrived (now if no time is given)",
            description = "Roles: officer, auxiliary, commander")
    public IncidentRecordViews.Contact agencyArrived(
            @PathParam("id") UUID id,
            @PathParam("contactId") long contactId,
            @RequestBody(required = false) IncidentRequests.Arrival request) {
        return IncidentRecordViews.Contact.of(
                agencyContacts.arrived(id, contactId, request == null ? null : request.arrivedAt()));
    }

    @POST
    @Path("/{id}/escalate")
    @RolesAllowed({"officer", "commander"})
    @Operation(
            summary = "Escalate the incident to a criminal or public-order case (one per incident)",
            description = "Roles: officer, commander")
    @APIResponse(
            responseCode = "201",
            description = "Created: Location names the new record",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CaseViews.Summary.class)))
    public Response escalate(@PathParam("id") UUID id, @Valid @NotNull CaseRequests.Escalate request) {
        return CaseResource.created(cases.escalate(id, request.kind(), request.type(), request.title()), "/api/cases");
    }

    private static Response changed(Incident incident) {
        return Response.ok(IncidentView.of(incident)).tag(etag(incident)).build();
    }

    static EntityTag etag(Incident incident) {
        return new EntityTag(Long.toString(incident.version));
    }

    static Long version(String ifMatch) {
        return IfMatch.version(ifMatch);
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Blocking // resuming reads the table of live events
    @RolesAllowed({"officer", "auxiliary", "commander"})
    @Operation(
            summary = "New and changed incidents, as they happen",
            description = "Roles: officer, auxiliary, commander (community officers: their community only). "
                    + LiveStreams.EVENT_FORMAT)
    public Multi<OutboundSseEvent> stream(@Valid @BeanParam StreamRequest request) {
        return live.open(request, "incident", incidents.watched(request.community()));
    }
}
