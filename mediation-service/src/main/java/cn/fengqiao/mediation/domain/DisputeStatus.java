package cn.fengqiao.mediation.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a dispute stands: screened → accepted → assigned → in mediation → agreement signed or failed
 * → follow-up → closed, or referred elsewhere. A follow-up visit that finds the dispute recurred
 * takes it back to assigned. Closed and referred are final.
 */
public enum DisputeStatus {
    SCREENED,
    ACCEPTED,
    ASSIGNED,
    IN_MEDIATION,
    AGREEMENT_SIGNED,
    FAILED,
    FOLLOW_UP,
    CLOSED,
    REFERRED;

    /** The statuses this one may move to; empty for a final status. */
    public Set<DisputeStatus> next() {
        return switch (this) {
            case SCREENED -> EnumSet.of(ACCEPTED, REFERRED, CLOSED);
            case ACCEPTED -> EnumSet.of(ASSIGNED, REFERRED);
            case ASSIGNED -> EnumSet.of(IN_MEDIATION, REFERRED);
            case IN_MEDIATION -> EnumSet.of(AGREEMENT_SIGNED, FAILED, REFERRED);
            case AGREEMENT_SIGNED -> EnumSet.of(FOLLOW_UP, ASSIGNED);
            case FAILED -> EnumSet.of(REFERRED, CLOSED);
            case FOLLOW_UP -> EnumSet.of(CLOSED, ASSIGNED);
            case CLOSED, REFERRED -> EnumSet.noneOf(DisputeStatus.class);
        };
    }

    public boolean canMoveTo(DisputeStatus target) {
        return next().contains(target);
    }

    public boolean isFinal() {
        return next().isEmpty();
    }
}
