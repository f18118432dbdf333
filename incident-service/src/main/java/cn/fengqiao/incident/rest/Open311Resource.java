package cn.fengqiao.incident.rest;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.fengqiao.incident.domain.Channel;
import cn.fengqiao.incident.domain.Incident;
import cn.fengqiao.incident.domain.IncidentCategory;
import cn.fengqiao.incident.domain.IncidentStatus;
import cn.fengqiao.incident.domain.IncidentSubCategory;
import cn.fengqiao.incident.domain.IncidentTransition;
import cn.fengqiao.incident.domain.TransferTarget;
import cn.fengqiao.incident.service.IncidentService;
import cn.fengqiao.infrastructure.problem.ProblemException;
import cn.fengqiao.infrastructure.text.Text;

/**
 * Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2) for the 12345 hotline and other city
 * systems: the non-emergency services the station takes, requests posted as {@code city-system}
 * (they become incidents of channel 12345, numbered like every incident) and read back with status
 * and status notes — also those the station transferred to 12345. Field names, formats and the error
 * list follow the standard; no reporter's name or phone is ever answered. As in the standard, the
 * path's extension chooses the format: {@code .json} or {@code .xml}.
 */
@APIResponse(
        responseCode = "400",
        description = "GeoReport v2 errors: what is wrong with the request",
        content = {
            @Content(
                    mediaType = MediaType.APPLICATION_JSON,
                    schema =
                            @Schema(
                                    type = SchemaType.ARRAY,
                                    maxItems = 100,
                                    implementation = Open311Answers.Error.class)),
            @Content(
                    mediaType = MediaType.APPLICATION_XML,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 100000))
        })
@APIResponse(
        responseCode = "404",
        description = "GeoReport v2 errors: no such service, request or token",
        content = {
            @Content(
                    mediaType = MediaType.APPLICATION_JSON,
                    schema =
                            @Schema(
                                    type = SchemaType.ARRAY,
                                    maxItems = 100,
                                    implementation = Open311Answers.Error.class)),
            @Content(
                    mediaType = MediaType.APPLICATION_XML,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 100000))
        })
@Path("/open311/v2")
@Tag(name = "Open311 GeoReport v2")
@Produces({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML})
public class Open311Resource {

    static final String XML = "xml";

    static final ZoneId STATION = ZoneId.of("Asia/Shanghai");
    static final List<String> COMMUNITIES = List.of(
            "fengyang", "yihou", "wanyuan", "community-4", "community-5", "community-6", "community-7", "community-8");

    /** A service the hotline may request: an incident category and sub-category. */
    record Service(String code, String name, String description, IncidentCategory category, IncidentSubCategory sub) {}

    static final List<Service> SERVICES = List.of(
            new Service(
                    "noise",
                    "噪音扰民 Noise nuisance",
                    "Loud neighbours, venues or building work",
                    IncidentCategory.PUBLIC_ORDER,
                    IncidentSubCategory.NOISE),
            new Service(
                    "neighbour-dispute",
                    "邻里纠纷 Neighbour dispute",
                    "Quarrels between neighbours",
                    IncidentCategory.DISPUTE,
                    IncidentSubCategory.NEIGHBOUR_DISPUTE),
            new Service(
                    "landlord-tenant-dispute",
                    "租赁纠纷 Landlord and tenant dispute",
                    "Rent, deposits, repairs",
                    IncidentCategory.DISPUTE,
                    IncidentSubCategory.LANDLORD_TENANT_DISPUTE),
            new Service(
                    "wage-dispute",
                    "欠薪纠纷 Unpaid wages",
                    "Wages owed by an employer",
                    IncidentCategory.DISPUTE,
                    IncidentSubCategory.WAGE_DISPUTE),
            new Service(
                    "lost-item",
                    "失物求助 Lost item",
                    "Something lost in the station's area",
                    IncidentCategory.HELP,
                    IncidentSubCategory.LOST_ITEM),
            new Service(
                    "locked-out",
                    "开锁求助 Locked out",
                    "Locked out of home",
                    IncidentCategory.HELP,
                    IncidentSubCategory.LOCKED_OUT),
            new Service(
                    "traffic-congestion",
                    "交通拥堵 Traffic congestion",
                    "A blocked road or crossing",
                    IncidentCategory.TRAFFIC,
                    IncidentSubCategory.TRAFFIC_CONGESTION),
            new Service(
                    "non-police",
                    "非警务求助 Non-police matter",
                    "A matter for another department, passed on",
                    IncidentCategory.NON_POLICE,
                    null));

    static final String NOTICE = "南街派出所已受理 / received by Nanjie police station";

    @Inject
    IncidentService incidents;

    @Inject
    Validator validator;

    @GET
    @Path("/services.{format:json|xml}")
    @RolesAllowed({"city-system", "commander", "officer"})
    @Operation(summary = "GeoReport v2 service list", description = "Roles: city-system, commander, officer")
    @APIResponse(
            responseCode = "200",
            description = "The services a request may be for",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(type = SchemaType.ARRAY, implementation = Open311Answers.Entry.class)),
                @Content(
                        mediaType = MediaType.APPLICATION_XML,
                        schema = @Schema(type = SchemaType.STRING, maxLength = 10000000))
            })
    public Response services(@PathParam("format") String format) {
        return answer(
                format,
                200,
                "services",
                SERVICES.stream().map(Open311Resource::service).toList());
    }

    @GET
    @Path("/services/{code}.{format:json|xml}")
    @RolesAllowed({"city-system", "commander", "officer"})
    @Operation(
            summary = "GeoReport v2 service definition: the community attribute every request needs",
            description = "Roles: city-system, commander, officer")
    @APIResponse(
            responseCode = "200",
            description = "A service's definition: its attributes",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)),
                @Content(
                        mediaType = MediaType.APPLICATION_XML,
                        schema = @Schema(type = SchemaType.STRING, maxLength = 10000000))
            })
    public Response definition(@PathParam("code") String code, @PathParam("format") String format) {
        Optional<Service> service =
                SERVICES.stream().filter(s -> s.code().equals(code)).findFirst();
        if (service.isEmpty()) {
            return error(format, 404, "service_code " + code + " not found");
        }
        Map<String, Object> attribute = new LinkedHashMap<>();
        attribute.put("variable", true);
        attribute.put("code", "community");
        attribute.put("datatype", "singlevaluelist");
        attribute.put("required", true);
        attribute.put("datatype_description", "The community (社区) of the place");
        attribute.put("order", 1);
        attribute.put("description", "社区 Community");
        attribute.put(
                "values",
                COMMUNITIES.stream().map(c -> fields("key", c, "name", c)).toList());
        return answer(
                format, 200, "service_definition", fields("service_code", code, "attributes", List.of(attribute)));
    }

    @POST
    @Path("/requests.{format:json|xml}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({"city-system"})
    @Operation(
            summary = "Post a service request (form-encoded, as GeoReport v2): it becomes an incident of channel 12345",
            description = "Roles: city-system")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_FORM_URLENCODED,
                            schema = @Schema(implementation = Open311Form.class)))
    @APIResponse(
            responseCode = "201",
            description = "Taken: the new incident's number, and a token to follow it by",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema =
                                @Schema(
                                        type = SchemaType.ARRAY,
                                        maxItems = 1,
                                        implementation = Open311Answers.Acknowledgement.class)),
                @Content(
                        mediaType = MediaType.APPLICATION_XML,
                        schema = @Schema(type = SchemaType.STRING, maxLength = 100000))
            })
    public Response post(@PathParam("format") String format, MultivaluedMap<String, String> form) {
        Optional<String> unsafe = unsafeText(form);
        if (unsafe.isPresent()) {
            return error(format, 400, unsafe.get());
        }
        String code = first(form, "service_code");
        if (code == null) {
            return error(format, 400, "service_code is required");
        }
        Optional<Service> service =
                SERVICES.stream().filter(s -> s.code().equals(code)).findFirst();
        if (service.isEmpty()) {
            return error(format, 404, "service_code " + code + " not found");
        }
        String community = first(form, "attribute[community]");
        if (community == null || !COMMUNITIES.contains(community)) {
            return error(format, 400, "attribute[community] is required: one of " + String.join(", ", COMMUNITIES));
        }
        String address = first(form, "address_string");
        String lat = first(form, "lat");
        String lon = first(form, "long");
        if (address == null && first(form, "address_id") == null && (lat == null || lon == null)) {
            return error(format, 400, "a location is required: lat and long, address_string or address_id");
        }
        Double latitude;
        Double longitude;
        try {
            latitude = lat == null ? null : Double.valueOf(lat);
            longitude = lon == null ? null : Double.valueOf(lon);
        } catch (NumberFormatException e) {
            return error(format, 400, "lat and long must be decimal degrees");
        }
        String name = String.join(
                        " ",
                        Optional.ofNullable(first(form, "last_name")).orElse(""),
                        Optional.ofNullable(first(form, "first_name")).orElse(""))
                .strip();
        String description = Optional.ofNullable(first(form, "description"))
                .orElse(service.get().name());
        ReportIncidentRequest request = new ReportIncidentRequest(
                Channel.HOTLINE_12345,
                service.get().category(),
                service.get().sub(),
                null,
                description,
                community,
                null,
                first(form, "address_id"),
                address,
                latitude,
                longitude,
                name.isEmpty() ? null : name,
                first(form, "phone"),
                null);
        Set<ConstraintViolation<ReportIncidentRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            return error(
                    format,
                    400,
                    violations.stream()
                            .map(v -> open311Field(v.getPropertyPath().toString()) + " " + v.getMessage())
                            .sorted()
                            .collect(Collectors.joining("; ")));
        }
        try {
            Incident incident = incidents.report(request);
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("service_request_id", incident.number);
            answer.put("token", incident.id.toString());
            answer.put("service_notice", NOTICE);
            answer.put("account_id", null);
            return answer(format, 201, "service_requests", List.of(answer));
        } catch (ProblemException e) {
            return error(format, e.toProblem().status(), e.toProblem().detail());
        }
    }

    @GET
    @Path("/requests.{format:json|xml}")
    @RolesAllowed({"city-system", "commander", "officer"})
    @Transactional
    @Operation(
            summary = "Requests from the hotline and those transferred to it, with the GeoReport filters",
            description = "Roles: city-system, commander, officer. Default: the last 90 days, at most 1000")
    @APIResponse(
            responseCode = "200",
            description = "The service requests",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(type = SchemaType.ARRAY, implementation = Open311Answers.Entry.class)),
                @Content(
                        mediaType = MediaType.APPLICATION_XML,
                        schema = @Schema(type = SchemaType.STRING, maxLength = 10000000))
            })
    public Response list(
            @PathParam("format") String format,
            @QueryParam("service_request_id") String ids,
            @QueryParam("service_code") String codes,
            @QueryParam("start_date") String start,
            @QueryParam("end_date") String end,
            @QueryParam("status") String status) {
        Instant from;
        Instant to;
        try {
            to = end == null ? Instant.now() : OffsetDateTime.parse(end).toInstant();
            from = start == null
                    ? to.minusSeconds(90L * 24 * 3600)
                    : OffsetDateTime.parse(start).toInstant();
        } catch (DateTimeParseException e) {
            return error(format, 400, "start_date and end_date are W3C dates such as 2024-07-03T09:00:00+08:00");
        }
        Set<String> statuses = status == null ? Set.of("open", "closed") : Set.of(status.split(","));
        if (!Set.of("open", "closed").containsAll(statuses)) {
            return error(format, 400, "status is open, closed or both (comma-separated)");
        }
        StringBuilder query = new StringBuilder("(channel = :hotline OR transferTarget = :toHotline)");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("hotline", Channel.HOTLINE_12345);
        params.put("toHotline", TransferTarget.HOTLINE_12345);
        if (ids != null) {
            query.append(" AND number IN :numbers");
            params.put("numbers", Arrays.asList(ids.split(",")));
        } else {
            query.append(" AND reportedAt >= :from AND reportedAt <= :to");
            params.put("from", from);
            params.put("to", to);
        }
        List<Map<String, Object>> found = new ArrayList<>();
        for (Incident incident : Incident.<Incident>find(query + " ORDER BY reportedAt DESC", params)
                .page(0, 1000)
                .list()) {
            Map<String, Object> request = request(incident);
            if (statuses.contains((String) request.get("status"))
                    && (codes == null || Set.of(codes.split(",")).contains((String) request.get("service_code")))) {
                found.add(request);
            }
        }
        return answer(format, 200, "service_requests", found);
    }

    @GET
    @Path("/requests/{id}.{format:json|xml}")
    @RolesAllowed({"city-system", "commander", "officer"})
    @Transactional
    @Operation(
            summary = "One request by its service_request_id",
            description = "Roles: city-system, commander, officer")
    @APIResponse(
            responseCode = "200",
            description = "The service request, in a list of one",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(type = SchemaType.ARRAY, implementation = Open311Answers.Entry.class)),
                @Content(
                        mediaType = MediaType.APPLICATION_XML,
                        schema = @Schema(type = SchemaType.STRING, maxLength = 10000000))
            })
    public Response get(@PathParam("id") String id, @PathParam("format") String format) {
        return Incident.<Incident>find(
                        "number = ?1 AND (channel = ?2 OR transferTarget = ?3)",
                        id,
                        Channel.HOTLINE_12345,
                        TransferTarget.HOTLINE_12345)
                .firstResultOptional()
                .map(incident -> answer(format, 200, "service_requests", List.of(request(incident))))
                .orElseGet(() -> error(format, 404, "service_request_id " + id + " not found"));
    }

    @GET
    @Path("/tokens/{token}.{format:json|xml}")
    @RolesAllowed({"city-system", "commander", "officer"})
    @Transactional
    @Operation(summary = "The service_request_id of a token", description = "Roles: city-system, commander, officer")
    @APIResponse(
            responseCode = "200",
            description = "The service request id a token stands for, in a list of one",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(type = SchemaType.ARRAY, implementation = Open311Answers.Entry.class)),
                @Content(
                        mediaType = MediaType.APPLICATION_XML,
                        schema = @Schema(type = SchemaType.STRING, maxLength = 10000000))
            })
    public Response token(@PathParam("token") String token, @PathParam("format") String format) {
        UUID id;
        try {
            id = UUID.fromString(token);
        } catch (IllegalArgumentException e) {
            return error(format, 404, "token " + token + " not found");
        }
        return Optional.ofNullable(Incident.<Incident>findById(id))
                .filter(i -> i.channel == Channel.HOTLINE_12345)
                .map(i -> answer(
                        format,
                        200,
                        "service_requests",
                        List.of(fields("service_request_id", i.number, "token", token))))
                .orElseGet(() -> error(format, 404, "token " + token + " not found"));
    }

    private static Map<String, Object> service(Service s) {
        Map<String, Object> service = new LinkedHashMap<>();
        service.put("service_code", s.code());
        service.put("service_name", s.name());
        service.put("description", s.description());
        service.put("metadata", true);
        service.put("type", "realtime");
        service.put(
                "keywords",
                s.category().name().toLowerCase()
                        + (s.sub() == null ? "" : "," + s.sub().name().toLowerCase()));
        service.put("group", s.category().name());
        return service;
    }

    /** An incident as a GeoReport request: status, notes and times; never the reporter. */
    static Map<String, Object> request(Incident i) {
        boolean closed = i.status == IncidentStatus.CLOSED
                || i.status == IncidentStatus.CANCELLED
                || i.status == IncidentStatus.MERGED
                || i.status == IncidentStatus.TRANSFERRED;
        Optional<IncidentTransition> last = IncidentTransition.<IncidentTransition>find(
                        "incidentId = ?1 ORDER BY at DESC, id DESC", i.id)
                .firstResultOptional();
        Optional<Service> service = SERVICES.stream()
                .filter(s -> s.category() == i.category && (s.sub() == null || s.sub() == i.subCategory))
                .findFirst();
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("service_request_id", i.number);
        request.put("status", closed ? "closed" : "open");
        request.put("status_notes", statusNotes(i, last));
        request.put("service_name", service.map(Service::name).orElse(i.category.name()));
        request.put(
                "service_code",
                service.map(Service::code).orElse(i.category.name().toLowerCase()));
        request.put("description", i.summary);
        request.put("agency_responsible", i.transferTarget == TransferTarget.HOTLINE_12345 ? "12345" : "南街派出所");
        request.put("service_notice", NOTICE);
        request.put(
                "requested_datetime",
                OffsetDateTime.ofInstant(i.reportedAt, STATION).toString());
        request.put(
                "updated_datetime",
                OffsetDateTime.ofInstant(last.map(t -> t.at).orElse(i.reportedAt), STATION)
                        .toString());
        request.put("expected_datetime", null);
        request.put("address", i.addressText);
        request.put("address_id", i.addressId);
        request.put("zipcode", null);
        request.put("lat", i.latitude);
        request.put("long", i.longitude);
        request.put("media_url", null);
        return request;
    }

    private static String statusNotes(Incident i, Optional<IncidentTransition> last) {
        if (i.status == IncidentStatus.TRANSFERRED) {
            return "转交 transferred to " + i.transferTarget + (i.transferReason == null ? "" : ": " + i.transferReason);
        }
        if (i.status == IncidentStatus.CANCELLED) {
            return "撤销 cancelled: " + i.cancelReason;
        }
        // without a step (a new request, or an incident loaded as it stood) the status says it all
        return last.map(t -> t.toStatus.name().toLowerCase().replace('_', ' ') + (t.note == null ? "" : ": " + t.note))
                .orElse(i.status.name().toLowerCase().replace('_', ' '));
    }

    private static String first(MultivaluedMap<String, String> form, String name) {
        String value = form == null ? null : form.getFirst(name);
        return value == null || value.isBlank() ? null : Text.normalized(value.strip());
    }

    /** The first form field that holds text the station refuses (only the description may span lines). */
    private static Optional<String> unsafeText(MultivaluedMap<String, String> form) {
        if (form == null) {
            return Optional.empty();
        }
        return form.entrySet().stream()
                .flatMap(field -> field.getValue().stream()
                        .map(value -> Text.refusal(
                                field.getKey() + value, !field.getKey().equals("description")))
                        .filter(Objects::nonNull)
                        .map(refusal -> field.getKey() + " " + refusal))
                .findFirst();
    }

    // The record's field names back to the GeoReport parameters a caller sent.
    private static String open311Field(String field) {
        return switch (field) {
            case "reporterPhone" -> "phone";
            case "reporterName" -> "first_name/last_name";
            case "summary" -> "description";
            case "addressText" -> "address_string";
            case "addressId" -> "address_id";
            case "latitude" -> "lat";
            case "longitude" -> "long";
            default -> field;
        };
    }

    /** GeoReport's error format: a list of {code, description}. */
    static Response error(String format, int status, String description) {
        return answer(format, status, "errors", List.of(fields("code", status, "description", description)));
    }

    /** The body as JSON, or as GeoReport's XML under the root element the standard gives it. */
    static Response answer(String format, int status, String root, Object body) {
        return XML.equals(format)
                ? Response.status(status)
                        .type(MediaType.APPLICATION_XML + ";charset=utf-8")
                        .entity(Open311Xml.document(root, body))
                        .build()
                : Response.status(status)
                        .type(MediaType.APPLICATION_JSON)
                        .entity(body)
                        .build();
    }

    /** A map that keeps its fields in the order given (XML elements follow it). */
    private static Map<String, Object> fields(Object... pairs) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put((String) pairs[i], pairs[i + 1]);
        }
        return fields;
    }
}
