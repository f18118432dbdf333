package cn.fengqiao.patrol.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import cn.fengqiao.infrastructure.codes.CodeDictionary;
import cn.fengqiao.patrol.domain.FindingCategory;
import cn.fengqiao.patrol.domain.FindingSource;
import cn.fengqiao.patrol.domain.Level;
import cn.fengqiao.patrol.domain.PlanStatus;
import cn.fengqiao.patrol.domain.SchoolAudience;
import cn.fengqiao.patrol.domain.SchoolTopic;

/** The code tables of patrol-service with zh-CN and English labels, for frontends to show. */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/patrol/codes")
@Tag(name = "Patrol areas")
public class CodeResource {

    /** Every table a caller may meet, by the name of the field that carries its codes. */
    public static final Map<String, Class<? extends Enum<?>>> TABLES = tables();

    @GET
    @Authenticated
    @Operation(
            summary = "Codes and labels of every code table (patrol levels, plan status, findings, the public security"
                    + " school's audiences and topics)",
            description = "Roles: any signed-in user")
    public Map<String, List<CodeDictionary.Code>> codes() {
        return CodeDictionary.of(TABLES);
    }

    private static Map<String, Class<? extends Enum<?>>> tables() {
        Map<String, Class<? extends Enum<?>>> tables = new LinkedHashMap<>();
        tables.put("level", Level.class);
        tables.put("planStatus", PlanStatus.class);
        tables.put("findingCategory", FindingCategory.class);
        tables.put("findingSource", FindingSource.class);
        tables.put("schoolAudience", SchoolAudience.class);
        tables.put("schoolTopic", SchoolTopic.class);
        return tables;
    }
}
