package cn.fengqiao.resident.rest;

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
import cn.fengqiao.infrastructure.problem.IfMatch;
import cn.fengqiao.infrastructure.problem.Problem;
import cn.fengqiao.infrastructure.problem.QueryParams;
import cn.fengqiao.infrastructure.text.TextHeaders;
import cn.fengqiao.resident.domain.Person;
import cn.fengqiao.resident.service.PersonCorrections;
import cn.fengqiao.resident.service.PersonService;

/**
 * The real population register (实有人口). ID and phone numbers are masked everywhere except a
 * person's own record read by an officer or the commander. Every read says why in {@code X-Purpose}
 * (percent-encoded UTF-8), kept in the audit log. Community officers stay in their community.
 */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/residents")
@Tag(name = "Residents")
public class PersonResource {

    static final String DEFAULT_PURPOSE = "not given";

    @Inject
    PersonService persons;

    @Inject
    PersonCorrections corrections;

    @Inject
    MergePatch.Reader patches;

    @POST
    @RolesAllowed({"officer", "auxiliary"})
    @Operation(
            summary = "Register a person: the ID number is checked (18 digits, ISO 7064 check character) and"
                    + " gives gender and birth date; 409 with the existing id when already registered",
            description = "Roles: officer, auxiliary (community officers: their community)")
    @APIResponse(
            responseCode = "201",
            description = "Created: Location names the new record",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Registered.class)))
    public Response register(@Valid @NotNull PersonRequests request, @Context UriInfo uri) {
        try {
            Person person = persons.register(request);
            return Response.created(URI.create(uri.getPath() + "/" + person.id))
                    .entity(new Registered(person.id))
                    .build();
        } catch (PersonService.AlreadyRegistered e) {
            URI existing = URI.create(uri.getPath() + "/" + e.existingId);
            return Response.status(409)
                    .type(Problem.MEDIA_TYPE)
                    .location(existing)
                    .entity(e.toProblem().withInstance(uri.getPath()))
                    .build();
        }
    }

    /** What registration answers: the id only, so numbers are never echoed back. */
    public record Registered(UUID id) {}

    @GET
    @RolesAllowed({"officer", "auxiliary", "commander"})
    @Operation(
            summary = "Search persons by community, name prefix or ID number; numbers masked; the search and every"
                    + " WATCH or KEY person it shows are audited",
            description = "Roles: officer, auxiliary, commander. X-Purpose required: why (kept in the audit log)")
    public Page<PersonView> search(
            @QueryParam("community") String community,
            @QueryParam("name") String name,
            @QueryParam("idNumber") String idNumber,
            @HeaderParam("X-Purpose") String purpose,
            @Valid @BeanParam PageRequest page) {
        return persons.search(
                community,
                QueryParams.text("name", name, QueryParams.SEARCH_LENGTH),
                QueryParams.text("idNumber", idNumber, 18),
                page,
                purposeOrNull(purpose));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"officer", "auxiliary", "commander"})
    @Operation(
            summary = "One person; officers and the commander see ID and phone whole, and on the station client the"
                    + " tier; audited with X-Purpose",
            description = "Roles: officer, auxiliary (masked, no tier), commander. X-Purpose required."
                    + " Another community's person: 403, audited")
    public RestResponse<PersonView> read(@PathParam("id") UUID id, @HeaderParam("X-Purpose") String purpose) {
        return withETag(persons.read(id, purposeOrNull(purpose)));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed({"officer", "auxiliary"})
    @Operation(
            summary = "Correct a person (JSON merge patch): name, phone, household type, occupation, permit, a move"
                    + " to another address with its day (movedInOn), the move out of the station's area (movedOutOn),"
                    + " death (deceasedOn); kept in the history with who, when and X-Reason, audited",
            description = "Roles: officer, auxiliary (their community). If-Match with the ETag; X-Reason required"
                    + " (percent-encoded UTF-8). A move is published as cn.fengqiao.resident.person-moved.v1")
    public RestResponse<PersonView> correct(
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @HeaderParam("X-Reason") String reason,
            // read as JSON to tell a member set to null from one left out; documented as what it corrects
            @RequestBody(
                            content =
                                    @Content(
                                            mediaType = MergePatch.MEDIA_TYPE,
                                            schema = @Schema(implementation = PersonCorrection.class)))
                    JsonNode body)
            throws JsonProcessingException {
        String why = ChangeLog.requireReason(reason);
        corrections.correct(id, patches.read(body, PersonCorrection.class), IfMatch.version(ifMatch), why);
        return withETag(persons.read(id, why));
    }

    @POST
    @Path("/{id}/verification")
    @RolesAllowed({"officer", "auxiliary"})
    @Operation(
            summary = "Record that the person's record was found true on the spot (实有人口核查); audited",
            description = "Roles: officer, auxiliary (their community). X-Purpose required")
    public RestResponse<PersonView> verify(@PathParam("id") UUID id, @HeaderParam("X-Purpose") String purpose) {
        String why = purpose(purpose);
        corrections.verify(id, why);
        return withETag(persons.read(id, why));
    }

    @GET
    @Path("/{id}/changes")
    @RolesAllowed({"officer", "auxiliary", "commander"})
    @Operation(
            summary = "A person's corrections, oldest first: when, by whom, why and which fields (the phone masked)",
            description = "Roles: officer, auxiliary, commander (their community). X-Purpose required; audited")
    public List<ChangeLog.Entry> changes(@PathParam("id") UUID id, @HeaderParam("X-Purpose") String purpose) {
        return corrections.history(id, purposeOrNull(purpose));
    }

    @GET
    @Path("/unverified")
    @RolesAllowed({"officer", "auxiliary", "commander"})
    @Operation(
            summary = "Persons of the living register nobody has verified for some months (default: the station's"
                    + " setting, 12), the longest first: the officers' list for their rounds",
            description = "Roles: officer, auxiliary, commander (a community officer: their community). X-Purpose"
                    + " required; audited")
    public Page<UnverifiedPerson> unverified(
            @QueryParam("community") String community,
            @QueryParam("months") String months,
            @HeaderParam("X-Purpose") String purpose,
            @Valid @BeanParam PageRequest page) {
        return corrections.unverified(
                community, QueryParams.integer("months", months), page, purposeOrNull(purpose), UnverifiedPerson::of);
    }

    private static RestResponse<PersonView> withETag(PersonView person) {
        return IfMatch.tagged(person, person.version());
    }

    /** X-Purpose in percent-encoded UTF-8 (headers are Latin-1: 核查身份 travels as %E6%A0%B8…). */
    static String purpose(String header) {
        String purpose = purposeOrNull(header);
        return purpose == null ? DEFAULT_PURPOSE : purpose;
    }

    /** The decoded X-Purpose, or null when the caller gave none (tier operations refuse that). */
    static String purposeOrNull(String header) {
        return TextHeaders.decoded("X-Purpose", header);
    }
}
