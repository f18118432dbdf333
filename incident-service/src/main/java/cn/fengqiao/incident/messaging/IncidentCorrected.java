package cn.fengqiao.incident.messaging;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code cn.fengqiao.incident.corrected.v1}: an open incident's facts were corrected (a call
 * taken for a dispute was a theft, the place was wrong). Carries the incident's facts as they now are,
 * and which of them changed, so a consumer's copy and its counts follow. No summary, no reporter.
 */
public record IncidentCorrected(
        UUID incidentId,
        String number,
        String category,
        String subCategory,
        String priority,
        String community,
        String addressId,
        String addressText,
        Double latitude,
        Double longitude,
        List<String> changed,
        Instant correctedAt) {

    public static final String TYPE = "cn.fengqiao.incident.corrected.v1";
}
