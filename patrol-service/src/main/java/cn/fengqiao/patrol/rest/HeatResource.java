package cn.fengqiao.patrol.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.fengqiao.infrastructure.problem.ProblemException;
import cn.fengqiao.infrastructure.problem.QueryParams;
import cn.fengqiao.patrol.domain.HeatModel;
import cn.fengqiao.patrol.service.HotSpotService;

/** The hot-spot model, open to inspection: every cell's heat per 2-hour block with what makes it up. */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/patrol/heat")
@Tag(name = "Hot spots")
public class HeatResource {

    @Inject
    HotSpotService hotSpots;

    @GET
    @RolesAllowed({"commander", "officer"})
    @Operation(
            summary = "The heat table as of a day: incidents with decay, each factor's contribution, hot or not",
            description = "Roles: commander, officer. day yyyy-MM-dd (today by default), area, block 0–11, hot=true")
    public List<HeatModel.CellHeat> table(
            @QueryParam("day") String day,
            @QueryParam("area") String area,
            @QueryParam("block") String block,
            @QueryParam("hot") String hot) {
        Integer onlyBlock = QueryParams.integer("block", block);
        if (onlyBlock != null && (onlyBlock < 0 || onlyBlock > 11)) {
            throw ProblemException.badRequest(
                    "block", "is a 2-hour block of the day, 0 (00:00–02:00) to 11 (22:00–24:00)");
        }
        Boolean onlyHot = QueryParams.bool("hot", hot);
        return hotSpots.table(QueryParams.day("day", day)).stream()
                .filter(row -> area == null || area.equals(row.area()))
                .filter(row -> onlyBlock == null || row.block() == onlyBlock)
                .filter(row -> onlyHot == null || row.hot() == onlyHot)
                .toList();
    }
}
