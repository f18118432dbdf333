package cn.fengqiao.incident.rest;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.annotation.JsonInclude;

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
import cn.fengqiao.infrastructure.codes.CodeLabels;

/** The code tables of incident-service with zh-CN and English labels, for frontends to show. */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/incidents/codes")
@Tag(name = "Incidents")
public class CodeResource {

    /** Every table a caller may meet, by the name of the field that carries its codes. */
    public static final Map<String, Class<? extends Enum<?>>> TABLES = tables();

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Code(String code, String zh, String en, String category, List<String> next) {}

    @GET
    @Authenticated
    @Operation(
            summary =
                    "Codes and labels of every code table (channel, category, subCategory with its category, status with "
                            + "the allowed next ones, priority, units, agencies, cases, satisfaction)",
            description = "Roles: any signed-in user")
    public Map<String, List<Code>> codes() {
        Map<String, List<Code>> codes = new LinkedHashMap<>();
        TABLES.forEach((name, table) -> codes.put(
                name,
                Arrays.stream(table.getEnumConstants()).map(CodeResource::code).toList()));
        return codes;
    }

    private static Code code(Enum<?> value) {
        String category =
                value instanceof IncidentSubCategory sub ? sub.category().name() : null;
        List<String> next = value instanceof IncidentStatus status
                ? status.next().stream().map(Enum::name).toList()
                : value instanceof CaseStatus caseStatus
                        ? caseStatus.next().stream().map(Enum::name).toList()
                        : List.of();
        return new Code(value.name(), CodeLabels.zh(value), CodeLabels.en(value), category, next);
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
