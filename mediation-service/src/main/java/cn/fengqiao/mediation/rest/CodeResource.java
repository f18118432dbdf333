package cn.fengqiao.mediation.rest;

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
import cn.fengqiao.mediation.domain.ConflictKind;
import cn.fengqiao.mediation.domain.DisputeSource;
import cn.fengqiao.mediation.domain.DisputeStatus;
import cn.fengqiao.mediation.domain.DisputeType;
import cn.fengqiao.mediation.domain.FollowUpOutcome;
import cn.fengqiao.mediation.domain.FollowUpStatus;
import cn.fengqiao.mediation.domain.JudicialStatus;
import cn.fengqiao.mediation.domain.MediatorKind;
import cn.fengqiao.mediation.domain.PartySide;
import cn.fengqiao.mediation.domain.ReferralTarget;
import cn.fengqiao.mediation.domain.RiskGrade;
import cn.fengqiao.mediation.domain.Satisfaction;
import cn.fengqiao.mediation.domain.WarningLevel;

/** The code tables of mediation-service with zh-CN and English labels, for frontends to show. */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/disputes/codes")
@Tag(name = "Disputes")
public class CodeResource {

    /** Every table a caller may meet, by the name of the field that carries its codes. */
    public static final Map<String, Class<? extends Enum<?>>> TABLES = tables();

    @GET
    @Authenticated
    @Operation(
            summary = "Codes and labels of every code table (source, type, status with the allowed next ones, risk,"
                    + " warning level, mediator kind, referral target, follow-ups, judicial confirmation)",
            description = "Roles: any signed-in user")
    public Map<String, List<CodeDictionary.Code>> codes() {
        return CodeDictionary.of(
                TABLES,
                code -> null,
                code -> code instanceof DisputeStatus status
                        ? status.next().stream().map(Enum::name).toList()
                        : List.of());
    }

    private static Map<String, Class<? extends Enum<?>>> tables() {
        Map<String, Class<? extends Enum<?>>> tables = new LinkedHashMap<>();
        tables.put("source", DisputeSource.class);
        tables.put("type", DisputeType.class);
        tables.put("status", DisputeStatus.class);
        tables.put("riskGrade", RiskGrade.class);
        tables.put("warningLevel", WarningLevel.class);
        tables.put("mediatorKind", MediatorKind.class);
        tables.put("referralTarget", ReferralTarget.class);
        tables.put("side", PartySide.class);
        tables.put("followUpStatus", FollowUpStatus.class);
        tables.put("outcome", FollowUpOutcome.class);
        tables.put("satisfaction", Satisfaction.class);
        tables.put("judicialStatus", JudicialStatus.class);
        tables.put("conflictKind", ConflictKind.class);
        return tables;
    }
}
