package cn.fengqiao.resident.rest;

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
import cn.fengqiao.resident.domain.AddressLevel;
import cn.fengqiao.resident.domain.DwellingKind;
import cn.fengqiao.resident.domain.DwellingUse;
import cn.fengqiao.resident.domain.Finding;
import cn.fengqiao.resident.domain.Gender;
import cn.fengqiao.resident.domain.HouseholdType;
import cn.fengqiao.resident.domain.InspectionStatus;
import cn.fengqiao.resident.domain.NewbornStatus;
import cn.fengqiao.resident.domain.NewbornStepKind;
import cn.fengqiao.resident.domain.NewbornStepStatus;
import cn.fengqiao.resident.domain.Tier;
import cn.fengqiao.resident.domain.TierReason;
import cn.fengqiao.resident.domain.VenueKind;

/** The code tables of resident-service with zh-CN and English labels, for frontends to show. */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/residents/codes")
@Tag(name = "Residents")
public class CodeResource {

    /** Every table a caller may meet, by the name of the field that carries its codes. */
    public static final Map<String, Class<? extends Enum<?>>> TABLES = tables();

    @GET
    @Authenticated
    @Operation(
            summary = "Codes and labels of every code table (address levels, household types, gender, dwellings,"
                    + " venues and inspections, newborn applications, tiers and their reasons)",
            description = "Roles: any signed-in user")
    public Map<String, List<CodeDictionary.Code>> codes() {
        return CodeDictionary.of(TABLES);
    }

    private static Map<String, Class<? extends Enum<?>>> tables() {
        Map<String, Class<? extends Enum<?>>> tables = new LinkedHashMap<>();
        tables.put("addressLevel", AddressLevel.class);
        tables.put("householdType", HouseholdType.class);
        tables.put("gender", Gender.class);
        tables.put("dwellingKind", DwellingKind.class);
        tables.put("dwellingUse", DwellingUse.class);
        tables.put("venueKind", VenueKind.class);
        tables.put("finding", Finding.class);
        tables.put("inspectionStatus", InspectionStatus.class);
        tables.put("newbornStatus", NewbornStatus.class);
        tables.put("newbornStep", NewbornStepKind.class);
        tables.put("newbornStepStatus", NewbornStepStatus.class);
        tables.put("tier", Tier.class);
        tables.put("tierReason", TierReason.class);
        return tables;
    }
}
