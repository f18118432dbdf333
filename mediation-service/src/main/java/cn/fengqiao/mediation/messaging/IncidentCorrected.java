package cn.fengqiao.mediation.messaging;

import java.util.UUID;

/** This service's copy of {@code cn.fengqiao.incident.corrected.v1}: only the fields it reads (tolerant reader). */
public record IncidentCorrected(
        UUID incidentId, String category, String subCategory, String community, String addressId, String addressText) {

    public static final String TYPE = "cn.fengqiao.incident.corrected.v1";
}
