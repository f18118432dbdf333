package cn.fengqiao.incident.rest;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.security.Authenticated;

import cn.fengqiao.incident.domain.Channel;
import cn.fengqiao.incident.domain.IncidentCategory;
import cn.fengqiao.incident.domain.IncidentStatus;
import cn.fengqiao.incident.domain.IncidentSubCategory;
import cn.fengqiao.incident.domain.Labelled;
import cn.fengqiao.incident.domain.Priority;
import cn.fengqiao.incident.domain.TransferTarget;
import cn.fengqiao.incident.domain.UnitKind;
import cn.fengqiao.incident.domain.UnitStatus;

/** The code tables of incident-service with zh-CN and English labels, for frontends to show. */
@Path("/api/incidents/codes")
@Tag(name = "Incidents")
public class CodeResource {

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Code(String code, String zh, String en, String category, List<String> next) {}

    @GET
    @Authenticated
    @Operation(
            summary =
                    "Codes and labels: channel, category, subCategory, priority, status (with allowed next), transferTarget, unitKind, unitStatus",
            description = "Roles: any signed-in user")
    public Map<String, List<Code>> codes() {
        Map<String, List<Code>> codes = new LinkedHashMap<>();
        codes.put("channel", plain(Channel.values()));
        codes.put("category", plain(IncidentCategory.values()));
        codes.put(
                "subCategory",
                Arrays.stream(IncidentSubCategory.values())
                        .map(c ->
                                new Code(c.name(), c.zh(), c.en(), c.category().name(), List.of()))
                        .toList());
        codes.put("priority", plain(Priority.values()));
        codes.put(
                "status",
                Arrays.stream(IncidentStatus.values())
                        .map(s -> new Code(
                                s.name(),
                                s.zh(),
                                s.en(),
                                null,
                                s.next().stream().map(Enum::name).toList()))
                        .toList());
        codes.put("transferTarget", plain(TransferTarget.values()));
        codes.put("unitKind", plain(UnitKind.values()));
        codes.put("unitStatus", plain(UnitStatus.values()));
        return codes;
    }

    private static List<Code> plain(Labelled[] values) {
        return Arrays.stream(values)
                .map(v -> new Code(v.name(), v.zh(), v.en(), null, List.of()))
                .toList();
    }
}
