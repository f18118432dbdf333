package cn.fengqiao.mediation.rest;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import cn.fengqiao.infrastructure.changes.ChangeLog;
import cn.fengqiao.infrastructure.changes.MergePatch;
import cn.fengqiao.infrastructure.paging.Page;
import cn.fengqiao.infrastructure.paging.PageRequest;
import cn.fengqiao.infrastructure.problem.Bilingual;
import cn.fengqiao.infrastructure.problem.IfMatch;
import cn.fengqiao.infrastructure.problem.ProblemException;
import cn.fengqiao.infrastructure.problem.QueryParams;
import cn.fengqiao.mediation.domain.DisputeType;
import cn.fengqiao.mediation.domain.Lawyer;
import cn.fengqiao.mediation.domain.RoomBooking;
import cn.fengqiao.mediation.service.ConsultationService;
import cn.fengqiao.mediation.service.LawyerService;
import cn.fengqiao.mediation.service.RoomService;
import cn.fengqiao.mediation.service.SessionService;
import cn.fengqiao.mediation.service.StatisticsService;

/** The shared mediation room, the duty lawyers and their consultations, and the mediation statistics. */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/mediation")
@Tag(name = "Mediation room, lawyers, statistics")
public class MediationResource {

    static final int MAX_ROTA_DAYS = 62;

    @Inject
    MergePatch.Reader patches;

    @Inject
    RoomService room;

    @Inject
    LawyerService lawyers;

    @Inject
    ConsultationService consultations;

    @Inject
    StatisticsService statistics;

    @Inject
    SessionService sessions;

    @Inject
    Clock clock;

    @GET
    @Path("/room-bookings")
    @RolesAllowed({"mediator", "officer", "commander", "lawyer", "city-system"})
    @Operation(
            summary = "Bookings of the mediation room on a day (today by default)",
            description =
                    "Roles: mediator, officer, commander, lawyer, city-system (the judicial office). day is yyyy-MM-dd")
    public List<MediationViews.Booking> bookings(@QueryParam("day") String day) {
        return room.day(Optional.ofNullable(QueryParams.day("day", day)).orElseGet(this::today)).stream()
                .map(MediationViews.Booking::of)
                .toList();
    }

    @POST
    @Path("/room-bookings")
    @RolesAllowed({"mediator", "officer", "lawyer", "city-system"})
    @Operation(
            summary = "Book the mediation room shared with the judicial office; 409 when the time is taken",
            description = "Roles: mediator, officer, lawyer, city-system (the judicial office)")
    @APIResponse(
            responseCode = "201",
            description = "Created: Location names the new record",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MediationViews.Booking.class)))
    public Response book(@Valid @NotNull MediationRequests.Booking request, @Context UriInfo uri) {
        RoomBooking booking =
                room.book(RoomService.MAIN_ROOM, request.startsAt(), request.endsAt(), request.purpose(), null);
        return Response.created(URI.create(uri.getPath() + "/" + booking.id))
                .entity(MediationViews.Booking.of(booking))
                .build();
    }

    @DELETE
    @Path("/room-bookings/{bookingId}")
    @RolesAllowed({"mediator", "officer", "lawyer", "city-system"})
    @Operation(
            summary = "Cancel a booking (its booker, or a mediator)",
            description = "Roles: mediator, officer, lawyer, city-system; a session's booking stays")
    @APIResponse(responseCode = "204", description = "Done, nothing to say")
    public Response cancel(@PathParam("bookingId") long bookingId) {
        room.cancel(bookingId);
        return Response.noContent().build();
    }

    @GET
    @Path("/sessions")
    @RolesAllowed({"mediator", "officer", "commander", "lawyer"})
    @Operation(
            summary = "Mediation sessions on a day (today by default), in the room or elsewhere",
            description =
                    "Roles: mediator, officer, commander, lawyer (sessions of their own disputes). day is yyyy-MM-dd")
    public List<DisputeViews.Session> sessions(@QueryParam("day") String day) {
        return sessions.day(Optional.ofNullable(QueryParams.day("day", day)).orElseGet(this::today)).stream()
                .map(DisputeViews.Session::of)
                .toList();
    }

    @GET
    @Path("/lawyers")
    @RolesAllowed({"mediator", "officer", "commander", "lawyer", "admin"})
    @Operation(
            summary = "The lawyers on the duty rota",
            description = "Roles: mediator, officer, commander, lawyer, admin")
    public List<MediationViews.LawyerView> lawyers() {
        return lawyers.list().stream().map(MediationViews.LawyerView::of).toList();
    }

    @POST
    @Path("/lawyers")
    @RolesAllowed("admin")
    @Operation(summary = "Put a lawyer on the duty rota", description = "Roles: admin")
    @APIResponse(
            responseCode = "201",
            description = "Created: Location names the new record",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MediationViews.LawyerView.class)))
    public Response register(@Valid @NotNull MediationRequests.RegisterLawyer request, @Context UriInfo uri) {
        Lawyer lawyer = lawyers.register(request);
        return Response.created(URI.create(uri.getPath() + "/" + lawyer.id))
                .entity(MediationViews.LawyerView.of(lawyer))
                .build();
    }

    @GET
    @Path("/lawyers/{lawyerId}")
    @RolesAllowed({"mediator", "officer", "commander", "lawyer", "admin"})
    @Operation(
            summary = "One lawyer of the duty rota",
            description = "Roles: mediator, officer, commander, lawyer, admin")
    public RestResponse<MediationViews.LawyerView> lawyer(@PathParam("lawyerId") long lawyerId) {
        Lawyer lawyer = lawyers.get(lawyerId);
        return IfMatch.tagged(MediationViews.LawyerView.of(lawyer), lawyer.version);
    }

    @PATCH
    @Path("/lawyers/{lawyerId}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed("admin")
    @Operation(
            summary = "Correct a lawyer of the rota (JSON merge patch): name, firm, resident, place on the rota, on or"
                    + " off it (active); kept in the lawyer's history",
            description = "Roles: admin. If-Match with the ETag; X-Reason optional (percent-encoded UTF-8)")
    public RestResponse<MediationViews.LawyerView> correctLawyer(
            @PathParam("lawyerId") long lawyerId,
            @HeaderParam("If-Match") String ifMatch,
            @HeaderParam("X-Reason") String reason,
            // read as JSON to tell a member set to null from one left out; documented as what it corrects
            @RequestBody(
                            content =
                                    @Content(
                                            mediaType = MergePatch.MEDIA_TYPE,
                                            schema = @Schema(implementation = LawyerCorrection.class)))
                    JsonNode body)
            throws JsonProcessingException {
        Lawyer lawyer = lawyers.correct(
                lawyerId,
                patches.read(body, LawyerCorrection.class),
                IfMatch.version(ifMatch),
                ChangeLog.optionalReason(reason));
        return IfMatch.tagged(MediationViews.LawyerView.of(lawyer), lawyer.version);
    }

    @GET
    @Path("/lawyers/{lawyerId}/changes")
    @RolesAllowed({"mediator", "officer", "commander", "lawyer", "admin"})
    @Operation(
            summary = "A lawyer's corrections, oldest first: when, by whom, why and which fields",
            description = "Roles: mediator, officer, commander, lawyer, admin")
    public List<ChangeLog.Entry> lawyerChanges(@PathParam("lawyerId") long lawyerId) {
        return lawyers.history(lawyerId);
    }

    @GET
    @Path("/lawyers/{lawyerId}/conflicts")
    @RolesAllowed({"mediator", "admin"})
    @Operation(summary = "A lawyer's declared conflicts of interest", description = "Roles: mediator, admin")
    public List<MediationViews.ConflictView> conflicts(@PathParam("lawyerId") long lawyerId) {
        return lawyers.conflicts(lawyerId).stream()
                .map(MediationViews.ConflictView::of)
                .toList();
    }

    @POST
    @Path("/lawyers/{lawyerId}/conflicts")
    @RolesAllowed({"mediator", "admin"})
    @Operation(
            summary = "Declare a conflict of interest: a relative or former client of the lawyer",
            description = "Roles: mediator, admin")
    @APIResponse(
            responseCode = "201",
            description = "Created: Location names the new record",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MediationViews.ConflictView.class)))
    public Response declareConflict(
            @PathParam("lawyerId") long lawyerId, @Valid @NotNull MediationRequests.Conflict request) {
        return Response.status(Response.Status.CREATED)
                .entity(MediationViews.ConflictView.of(lawyers.declareConflict(lawyerId, request)))
                .build();
    }

    @GET
    @Path("/duty-rota")
    @RolesAllowed({"mediator", "officer", "commander", "lawyer", "city-system"})
    @Operation(
            summary = "Who is the duty lawyer each day, from a day (today by default) for some days (7 by default)",
            description = "Roles: mediator, officer, commander, lawyer, city-system. At most 62 days")
    public List<MediationViews.RotaDay> rota(@QueryParam("from") String from, @QueryParam("days") String days) {
        int count = Optional.ofNullable(QueryParams.integer("days", days)).orElse(7);
        if (count < 1 || count > MAX_ROTA_DAYS) {
            throw ProblemException.badRequest("days", "must be between 1 and " + MAX_ROTA_DAYS);
        }
        return lawyers.rota(Optional.ofNullable(QueryParams.day("from", from)).orElseGet(this::today), count).stream()
                .map(MediationViews.RotaDay::of)
                .toList();
    }

    @POST
    @Path("/consultations")
    @RolesAllowed({"lawyer", "mediator"})
    @Operation(
            summary = "Log a legal consultation (法律咨询)",
            description =
                    "Roles: lawyer (their own), mediator (for the day's duty lawyer without a conflict, or a named one)")
    @APIResponse(
            responseCode = "201",
            description = "Created: Location names the new record",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MediationViews.ConsultationView.class)))
    public Response consult(@Valid @NotNull MediationRequests.Consultation request) {
        return Response.status(Response.Status.CREATED)
                .entity(MediationViews.ConsultationView.of(consultations.record(request)))
                .build();
    }

    @GET
    @Path("/consultations")
    @RolesAllowed({"lawyer", "mediator", "commander"})
    @Operation(
            summary = "The consultations log, newest first",
            description = "Roles: lawyer (their own only), mediator, commander. Askers' contacts are masked")
    public Page<MediationViews.ConsultationView> consultations(@Valid @BeanParam PageRequest page) {
        return consultations.list(page, MediationViews.ConsultationView::of);
    }

    @GET
    @Path("/statistics")
    @RolesAllowed({"commander", "mediator", "officer"})
    @Operation(
            summary = "Mediation figures per community, type and month of a year, with the year's total",
            description = "Roles: commander, mediator, officer (community officers: their community)."
                    + " mediationRate = mediated ÷ screened, successRate = succeeded ÷ mediated")
    public StatisticsService.Statistics statistics(
            @QueryParam("year") String year,
            @QueryParam("community") String community,
            @QueryParam("type") String type) {
        int y = Optional.ofNullable(QueryParams.integer("year", year)).orElseGet(() -> today().getYear());
        if (y < 2000 || y > 2100) {
            throw ProblemException.badRequest("year", Bilingual.of("must be a year such as 2023", "须为年份，例如 2023"));
        }
        return statistics.of(y, community, QueryParams.code("type", type, DisputeType.class));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
