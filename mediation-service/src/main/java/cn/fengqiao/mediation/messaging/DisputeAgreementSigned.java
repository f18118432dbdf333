package cn.fengqiao.mediation.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Data of {@code cn.fengqiao.dispute.agreement-signed.v1}: mediation succeeded; follow-ups are scheduled. */
public record DisputeAgreementSigned(
        UUID disputeId,
        String number,
        UUID incidentId,
        String type,
        String community,
        Instant signedAt,
        List<LocalDate> followUpsDue) {

    public static final String TYPE = "cn.fengqiao.dispute.agreement-signed.v1";
}
