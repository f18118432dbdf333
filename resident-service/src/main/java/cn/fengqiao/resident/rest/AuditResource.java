package cn.fengqiao.resident.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.fengqiao.infrastructure.audit.AuditEntry;
import cn.fengqiao.infrastructure.paging.Page;
import cn.fengqiao.infrastructure.paging.PageRequest;
import cn.fengqiao.infrastructure.problem.QueryParams;
import cn.fengqiao.infrastructure.time.ClockProducer;
import cn.fengqiao.resident.service.AuditQueryService;

/** The audit log of the register, for the discipline and audit office only: query, export, verify the chain. */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/audit")
@Tag(name = "Audit")
@RolesAllowed("auditor")
public class AuditResource {

    @Inject
    AuditQueryService audit;

    public record Entry(
            long seq,
            Instant at,
            String actor,
            String actorRole,
            String client,
            String purpose,
            String action,
            String subject,
            String outcome,
            String hash) {

        public static Entry of(AuditEntry e) {
            return new Entry(
                    e.seq, e.at, e.actor, e.actorRole, e.client, e.purpose, e.action, e.subject, e.outcome, e.hash);
        }
    }

    public record Verification(long entries, boolean intact, Long firstBrokenSeq) {}

    @GET
    @Operation(
            summary = "Audit entries by day range (station days), actor, subject or outcome prefix (e.g. denied)",
            description = "Roles: auditor. The auditor's own queries are audited too")
    public Page<Entry> query(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("actor") String actor,
            @QueryParam("subject") String subject,
            @QueryParam("outcome") String outcome,
            @Valid @BeanParam PageRequest page) {
        return audit.query(
                start(from),
                end(to),
                QueryParams.text("actor", actor, QueryParams.SEARCH_LENGTH),
                QueryParams.text("subject", subject, QueryParams.SEARCH_LENGTH),
                QueryParams.text("outcome", outcome, 40),
                page,
                Entry::of);
    }

    @GET
    @Path("/export")
    @Produces("text/csv")
    @Operation(
            summary = "The entries of a day range as CSV (at most 100,000 rows)",
            description = "Roles: auditor; audited")
    public Response export(@QueryParam("from") String from, @QueryParam("to") String to) {
        List<AuditEntry> entries = audit.export(start(from), end(to));
        StringBuilder csv = new StringBuilder("seq,at,actor,actor_role,client,purpose,action,subject,outcome,hash\n");
        for (AuditEntry e : entries) {
            csv.append(e.seq)
                    .append(',')
                    .append(e.at)
                    .append(',')
                    .append(cell(e.actor))
                    .append(',')
                    .append(cell(e.actorRole))
                    .append(',')
                    .append(cell(e.client))
                    .append(',')
                    .append(cell(e.purpose))
                    .append(',')
                    .append(cell(e.action))
                    .append(',')
                    .append(cell(e.subject))
                    .append(',')
                    .append(cell(e.outcome))
                    .append(',')
                    .append(e.hash)
                    .append('\n');
        }
        return Response.ok(csv.toString())
                .header("Content-Disposition", "attachment; filename=\"audit.csv\"")
                .build();
    }

    @GET
    @Path("/verification")
    @Operation(
            summary = "Verify the hash chain: the first entry whose link is broken, if any",
            description = "Roles: auditor. A row changed in the database directly is found here")
    public Verification verify() {
        return audit.verify();
    }

    private static Instant start(String day) {
        return Optional.ofNullable(QueryParams.day("from", day))
                .map(d -> d.atStartOfDay(ClockProducer.STATION_ZONE).toInstant())
                .orElse(Instant.EPOCH);
    }

    private static Instant end(String day) {
        return Optional.ofNullable(QueryParams.day("to", day))
                .map(d -> d.plusDays(1).atStartOfDay(ClockProducer.STATION_ZONE).toInstant())
                .orElse(LocalDate.now(ClockProducer.STATION_ZONE)
                        .plusDays(1)
                        .atStartOfDay(ClockProducer.STATION_ZONE)
                        .toInstant());
    }

    // Quoted when it holds a comma, quote or line break; a leading = + - @ is neutralised for spreadsheets.
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = value.matches("^[=+\\-@].*") ? "'" + value : value;
        return safe.matches(".*[,\"\\n\\r].*") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
