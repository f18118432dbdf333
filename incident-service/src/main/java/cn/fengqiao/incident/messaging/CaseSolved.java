package cn.fengqiao.incident.messaging;

import java.time.Instant;
import java.util.UUID;

/** Data of {@code cn.fengqiao.case.solved.v1}: a case was solved, with how many suspects are caught. */
public record CaseSolved(
        UUID caseId, String number, String kind, String type, String community, int suspectsCaught, Instant solvedAt) {

    public static final String TYPE = "cn.fengqiao.case.solved.v1";
}
