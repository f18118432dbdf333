package cn.fengqiao.mediation.messaging;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code cn.fengqiao.dispute.opened.v1}: a dispute was screened in. Parties appear by
 * resident id only; names and contacts never leave the service.
 */
public record DisputeOpened(
        UUID disputeId,
        String number,
        String source,
        UUID incidentId,
        String type,
        String community,
        String addressId,
        String riskGrade,
        String warningLevel,
        boolean repeated,
        List<UUID> partyResidentIds,
        Instant screenedAt) {

    public static final String TYPE = "cn.fengqiao.dispute.opened.v1";
}
