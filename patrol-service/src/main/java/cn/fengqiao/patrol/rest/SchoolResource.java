package cn.fengqiao.patrol.rest;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.fengqiao.patrol.domain.SchoolAudience;
import cn.fengqiao.patrol.domain.SchoolEnrolment;
import cn.fengqiao.patrol.domain.SchoolSession;
import cn.fengqiao.patrol.domain.SchoolTopic;
import cn.fengqiao.patrol.service.SchoolService;

/** The community police school (社区警校): sessions, enrolment, attendance and the training report. */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/patrol/school")
@Tag(name = "Community police school")
public class SchoolResource {

    static final String COMMUNITY = "[a-z][a-z0-9-]{1,39}";
    static final String COMMUNITY_MESSAGE = "must be a community code such as wanyuan";

    @Inject
    SchoolService school;

    public record SessionRequest(
            @NotNull SchoolTopic topic,
            @NotBlank @Size(max = 100) String title,

            @NotBlank @Pattern(regexp = COMMUNITY, message = COMMUNITY_MESSAGE)
            String community,

            @NotNull Instant startsAt,
            @Size(max = 100) String place,
            @Min(1) @Max(500) int capacity) {}

    public record SessionView(
            UUID id, SchoolTopic topic, String title, String community, Instant startsAt, String place, int capacity) {
        static SessionView of(SchoolSession s) {
            return new SessionView(s.id, s.topic, s.title, s.community, s.startsAt, s.place, s.capacity);
        }
    }

    public record EnrolmentRequest(
            @NotBlank @Size(max = 50) String name,
            @NotNull SchoolAudience audience,

            @NotBlank @Pattern(regexp = COMMUNITY, message = COMMUNITY_MESSAGE)
            String community) {}

    public record AttendanceRequest(boolean attended) {}

    public record EnrolmentView(
            UUID id, UUID sessionId, String name, SchoolAudience audience, String community, Boolean attended) {
        static EnrolmentView of(SchoolEnrolment e) {
            return new EnrolmentView(e.id, e.sessionId, e.name, e.audience, e.community, e.attended);
        }
    }

    @POST
    @Path("/sessions")
    @RolesAllowed({"commander", "officer"})
    @Operation(summary = "Schedule a training session", description = "Roles: commander, officer")
    @APIResponse(
            responseCode = "201",
            description = "Created: Location names the new record",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SessionView.class)))
    public Response schedule(@Valid @NotNull SessionRequest request, @Context UriInfo uri) {
        SchoolSession session = school.schedule(
                request.topic(),
                request.title(),
                request.community(),
                request.startsAt(),
                request.place(),
                request.capacity());
        return Response.created(URI.create(uri.getPath() + "/" + session.id))
                .entity(SessionView.of(session))
                .build();
    }

    @GET
    @Path("/sessions")
    @RolesAllowed({"commander", "officer", "auxiliary"})
    @Operation(summary = "Sessions, newest first, by community", description = "Roles: commander, officer, auxiliary")
    public List<SessionView> sessions(@QueryParam("community") String community) {
        return school.sessions(community).stream().map(SessionView::of).toList();
    }

    @POST
    @Path("/sessions/{id}/enrolments")
    @RolesAllowed({"commander", "officer", "auxiliary"})
    @Operation(
            summary = "Enrol someone (community assistant, grid worker, guard, venue owner, …); 409 when full",
            description = "Roles: commander, officer, auxiliary")
    @APIResponse(
            responseCode = "201",
            description = "Created: Location names the new record",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EnrolmentView.class)))
    public Response enrol(@PathParam("id") UUID id, @Valid @NotNull EnrolmentRequest request, @Context UriInfo uri) {
        SchoolEnrolment enrolment = school.enrol(id, request.name(), request.audience(), request.community());
        return Response.created(URI.create(uri.getPath() + "/" + enrolment.id))
                .entity(EnrolmentView.of(enrolment))
                .build();
    }

    @GET
    @Path("/sessions/{id}/enrolments")
    @RolesAllowed({"commander", "officer", "auxiliary"})
    @Operation(summary = "A session's enrolments", description = "Roles: commander, officer, auxiliary")
    public List<EnrolmentView> enrolments(@PathParam("id") UUID id) {
        return school.enrolments(id).stream().map(EnrolmentView::of).toList();
    }

    @POST
    @Path("/enrolments/{id}/attendance")
    @RolesAllowed({"commander", "officer", "auxiliary"})
    @Operation(
            summary = "Record whether an enrolled person attended",
            description = "Roles: commander, officer, auxiliary")
    public EnrolmentView attendance(@PathParam("id") UUID id, @Valid @NotNull AttendanceRequest request) {
        return EnrolmentView.of(school.attended(id, request.attended()));
    }

    @GET
    @Path("/report")
    @RolesAllowed({"commander", "officer"})
    @Operation(
            summary = "Who has been trained in what, per community and audience",
            description = "Roles: commander, officer")
    public List<SchoolService.Trained> report(@QueryParam("community") String community) {
        return school.report(community == null || community.isBlank() ? null : community.strip());
    }
}
