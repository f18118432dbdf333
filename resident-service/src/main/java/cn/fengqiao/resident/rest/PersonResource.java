package cn.fengqiao.resident.rest;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.fengqiao.infrastructure.paging.Page;
import cn.fengqiao.infrastructure.paging.PageRequest;
import cn.fengqiao.infrastructure.problem.Problem;
import cn.fengqiao.resident.domain.Person;
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

    @POST
    @RolesAllowed({"officer", "auxiliary"})
    @Operation(
            summary = "Register a person: the ID number is checked (18 digits, ISO 7064 check character) and"
                    + " gives gender and birth date; 409 with the existing id when already registered",
            description = "Roles: officer, auxiliary (community officers: their community)")
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
        return persons.search(community, name, idNumber, page, purposeOrNull(purpose));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"officer", "auxiliary", "commander"})
    @Operation(
            summary = "One person; officers and the commander see ID and phone whole, and on the station client the"
                    + " tier; audited with X-Purpose",
            description = "Roles: officer, auxiliary (masked, no tier), commander. X-Purpose required."
                    + " Another community's person: 403, audited")
    public PersonView read(@PathParam("id") UUID id, @HeaderParam("X-Purpose") String purpose) {
        return persons.read(id, purposeOrNull(purpose));
    }

    /** X-Purpose in percent-encoded UTF-8 (headers are Latin-1: 核查身份 travels as %E6%A0%B8…). */
    static String purpose(String header) {
        String purpose = purposeOrNull(header);
        return purpose == null ? DEFAULT_PURPOSE : purpose;
    }

    /** The decoded X-Purpose, or null when the caller gave none (tier operations refuse that). */
    static String purposeOrNull(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            return URLDecoder.decode(header.strip(), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return header.strip();
        }
    }
}
