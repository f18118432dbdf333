package cn.fengqiao.incident.rest;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import cn.fengqiao.incident.domain.CaseStatus;
import cn.fengqiao.incident.domain.CaseType;
import cn.fengqiao.incident.domain.PoliceCase;
import cn.fengqiao.incident.service.CaseCorrections;
import cn.fengqiao.incident.service.CaseService;
import cn.fengqiao.infrastructure.changes.ChangeLog;
import cn.fengqiao.infrastructure.changes.MergePatch;
import cn.fengqiao.infrastructure.paging.Page;
import cn.fengqiao.infrastructure.paging.PageRequest;
import cn.fengqiao.infrastructure.problem.IfMatch;
import cn.fengqiao.infrastructure.problem.ProblemException;
import cn.fengqiao.infrastructure.problem.QueryParams;

/** Cases (案件) of the case team. Auxiliaries have no access: suspects are for sworn officers. */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/cases")
@Tag(name = "Cases")
@RolesAllowed({"officer", "commander"})
public class CaseResource {

    @Inject
    CaseService cases;

    @Inject
    CaseCorrections corrections;

    @Inject
    MergePatch.Reader patches;

    @POST
    @Operation(summary = "Open a case without an incident", description = "Roles: officer, commander")
    @APIResponse(
            responseCode = "201",
            description = "Created: Location names the new record",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CaseViews.Summary.class)))
    public Response open(@Valid @NotNull CaseRequests.Open request, @Context UriInfo uri) {
        PoliceCase opened = cases.open(request.kind(), request.type(), request.title(), request.community(), null);
        return created(opened, uri.getPath());
    }

    @GET
    @Operation(
            summary = "Cases, newest first",
            description = "Roles: officer, commander (community officers: their community only)")
    public Page<CaseViews.Summary> list(
            @QueryParam("status") String status, @QueryParam("type") String type, @Valid @BeanParam PageRequest page) {
        return cases.list(
                QueryParams.code("status", status, CaseStatus.class),
                QueryParams.code("type", type, CaseType.class),
                page,
                CaseViews.Summary::of);
    }

    @GET
    @Path("/statistics")
    @Operation(
            summary = "Figures for a period: cases opened by type, solved by kind, suspects and fugitives caught",
            description = "Roles: officer, commander. from and to are days (yyyy-MM-dd, Asia/Shanghai), both included")
    public CaseService.Statistics statistics(@QueryParam("from") String from, @QueryParam("to") String to) {
        return cases.statistics(day("from", from), day("to", to));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A case with its suspects (audited) and members", description = "Roles: officer, commander")
    public RestResponse<CaseViews.Detail> get(@PathParam("id") UUID id) {
        CaseViews.Detail detail = CaseViews.Detail.of(cases.detail(id));
        return IfMatch.tagged(detail, detail.summary().version());
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(
            summary =
                    "Correct a case not yet closed (JSON merge patch): kind, type, title; kept in its history with who,"
                            + " when and X-Reason",
            description =
                    "Roles: officer, commander. If-Match with the ETag; X-Reason optional (percent-encoded UTF-8)."
                            + " A closed case: 409")
    public RestResponse<CaseViews.Summary> correct(
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @HeaderParam("X-Reason") String reason,
            // read as JSON to tell a member set to null from one left out; documented as what it corrects
            @RequestBody(
                            content =
                                    @Content(
                                            mediaType = MergePatch.MEDIA_TYPE,
                                            schema = @Schema(implementation = CaseCorrection.class)))
                    JsonNode body)
            throws JsonProcessingException {
        PoliceCase corrected = corrections.correct(
                id,
                patches.read(body, CaseCorrection.class),
                IfMatch.version(ifMatch),
                ChangeLog.optionalReason(reason));
        return IfMatch.tagged(CaseViews.Summary.of(corrected), corrected.version);
    }

    @GET
    @Path("/{id}/changes")
    @Operation(
            summary = "A case's corrections, oldest first: when, by whom, why and which fields",
            description = "Roles: officer, commander")
    public List<ChangeLog.Entry> changes(@PathParam("id") UUID id) {
        return corrections.history(id);
    }

    @POST
    @Path("/{id}/suspects")
    @Operation(
            summary = "Add a suspect: a resident id or a description; fugitive if wanted elsewhere",
            description = "Roles: officer, commander")
    @APIResponse(
            responseCode = "201",
            description = "Created: Location names the new record",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CaseViews.Suspect.class)))
    public Response addSuspect(@PathParam("id") UUID id, @Valid @NotNull CaseRequests.Suspect request) {
        return Response.status(Response.Status.CREATED)
                .entity(CaseViews.Suspect.of(
                        cases.addSuspect(id, request.residentId(), request.description(), request.fugitive())))
                .build();
    }

    @POST
    @Path("/{id}/suspects/{suspectId}/caught")
    @Operation(
            summary = "Record that a suspect was caught (now if no time is given)",
            description = "Roles: officer, commander")
    public CaseViews.Suspect caught(
            @PathParam("id") UUID id, @PathParam("suspectId") long suspectId, CaseRequests.Caught request) {
        return CaseViews.Suspect.of(cases.caught(id, suspectId, request == null ? null : request.caughtAt()));
    }

    @PUT
    @Path("/{id}/members")
    @Operation(summary = "Set the case team on the case, with its lead", description = "Roles: officer, commander")
    public List<CaseViews.Member> members(@PathParam("id") UUID id, @Valid @NotNull CaseRequests.Members request) {
        return cases.setMembers(id, request.members(), request.lead()).stream()
                .map(CaseViews.Member::of)
                .toList();
    }

    @POST
    @Path("/{id}/solve")
    @Operation(summary = "Mark the case solved (破案)", description = "Roles: officer, commander")
    public CaseViews.Summary solve(@PathParam("id") UUID id) {
        return CaseViews.Summary.of(cases.moveTo(id, CaseStatus.SOLVED));
    }

    @POST
    @Path("/{id}/close")
    @Operation(summary = "Close the case (结案), solved or not", description = "Roles: officer, commander")
    public CaseViews.Summary close(@PathParam("id") UUID id) {
        return CaseViews.Summary.of(cases.moveTo(id, CaseStatus.CLOSED));
    }

    static Response created(PoliceCase opened, String basePath) {
        return Response.created(URI.create(basePath + "/" + opened.id))
                .entity(CaseViews.Summary.of(opened))
                .build();
    }

    private static LocalDate day(String name, String value) {
        return Optional.ofNullable(QueryParams.day(name, value))
                .orElseThrow(() -> ProblemException.badRequest(name, "is required (yyyy-MM-dd)"));
    }
}
