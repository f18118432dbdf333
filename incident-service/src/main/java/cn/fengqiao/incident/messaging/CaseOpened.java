package cn.fengqiao.incident.messaging;

import java.time.Instant;
import java.util.UUID;

/** Data of {@code cn.fengqiao.case.opened.v1}: a case was opened (no suspects: they stay here). */
public record CaseOpened(
        UUID caseId, String number, String kind, String type, String community, UUID incidentId, Instant openedAt) {

    public static final String TYPE = "cn.fengqiao.case.opened.v1";
}
