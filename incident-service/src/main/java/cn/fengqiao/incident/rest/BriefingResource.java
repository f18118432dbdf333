package cn.fengqiao.incident.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.fengqiao.incident.service.BriefingService;
import cn.fengqiao.infrastructure.problem.Bilingual;
import cn.fengqiao.infrastructure.problem.ProblemException;

/** The command room's daily briefing (每日研判). */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/briefings")
@Tag(name = "Briefings")
@RolesAllowed({"commander", "officer"})
public class BriefingResource {

    @Inject
    BriefingService briefings;

    @GET
    @Path("/{date}")
    @Operation(
            summary =
                    "A day's briefing: incidents by category and hour, hot places and grids, repeat addresses (3+ in 30 days), "
                            + "response-time percentiles, callbacks and satisfaction, overdue rectifications, open cases, and the "
                            + "一降一升 comparison with the day before and the same day last year",
            description =
                    "Roles: commander, officer (community officers: their community only). date is yyyy-MM-dd, Asia/Shanghai")
    public BriefingService.Briefing briefing(
            @PathParam("date") String date, @QueryParam("community") String community) {
        try {
            return briefings.forDay(LocalDate.parse(date), community);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(
                    "date", Bilingual.of("must be a day such as 2024-07-03", "须为日期，例如 2024-07-03"));
        }
    }
}
