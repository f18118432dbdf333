package cn.fengqiao.incident.rest;

import java.util.Collection;
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

import cn.fengqiao.incident.domain.Agency;
import cn.fengqiao.incident.domain.CaseKind;
import cn.fengqiao.incident.domain.CaseStatus;
import cn.fengqiao.incident.domain.CaseType;
import cn.fengqiao.incident.domain.Channel;
import cn.fengqiao.incident.domain.IncidentCategory;
import cn.fengqiao.incident.domain.IncidentStatus;
import cn.fengqiao.incident.domain.IncidentSubCategory;
import cn.fengqiao.incident.domain.PersonRole;
import cn.fengqiao.incident.domain.Priority;
import cn.fengqiao.incident.domain.Satisfaction;
import cn.fengqiao.incident.domain.TransferTarget;
import cn.fengqiao.incident.domain.UnitKind;
import cn.fengqiao.incident.domain.UnitStatus;
import cn.fengqiao.infrastructure.codes.CodeDictionary;

/** The code tables of incident-service with zh-CN and English labels, for frontends to show. */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/incidents/codes")
@Tag(name = "Incidents")
public class CodeResource {

    /** Every table a caller may meet, by the name of the field that carries its codes. */
    public static final Map<String, Class<? extends Enum<?>>> TABLES = tables();

    @GET
    @Authenticated
    @Operation(
            summary =
                    "Codes and labels of every code table (channel, category, subCategory with its category, status with "
                            + "the allowed next ones, priority, units, agencies, cases, satisfaction)",
            description = "Roles: any signed-in user")
    public Map<String, List<CodeDictionary.Code>> codes() {
        return CodeDictionary.of(
                TABLES,
                code -> code instanceof IncidentSubCategory sub ? sub.category().name() : null,
                code -> code instanceof IncidentStatus status
                        ? names(status.next())
                        : code instanceof CaseStatus caseStatus ? names(caseStatus.next()) : List.of());
    }

    private static List<String> names(Collection<? extends Enum<?>> codes) {
        return codes.stream().map(Enum::name).toList();
    }

    private static Map<String, Class<? extends Enum<?>>> tables() {
        Map<String, Class<? extends Enum<?>>> tables = new LinkedHashMap<>();
        tables.put("channel", Channel.class);
        tables.put("category", IncidentCategory.class);
        tables.put("subCategory", IncidentSubCategory.class);
        tables.put("priority", Priority.class);
        tables.put("status", IncidentStatus.class);
        tables.put("transferTarget", TransferTarget.class);
        tables.put("unitKind", UnitKind.class);
        tables.put("unitStatus", UnitStatus.class);
        tables.put("agency", Agency.class);
        tables.put("personRole", PersonRole.class);
        tables.put("caseKind", CaseKind.class);
        tables.put("caseType", CaseType.class);
        tables.put("caseStatus", CaseStatus.class);
        tables.put("satisfaction", Satisfaction.class);
        return tables;
    }
}
