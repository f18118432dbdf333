package cn.fengqiao.incident.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an incident stands: received → dispatched → en route → on scene → handled → closed, with the
 * side exits transferred, merged and cancelled. Closed and the side exits are final.
 */
public enum IncidentStatus {
    RECEIVED,
    DISPATCHED,
    EN_ROUTE,
    ON_SCENE,
    HANDLED,
    CLOSED,
    TRANSFERRED,
    MERGED,
    CANCELLED;

    /** The statuses this one may move to; empty for a final status. */
    public Set<IncidentStatus> next() {
        return switch (this) {
            case RECEIVED -> EnumSet.of(DISPATCHED, TRANSFERRED, MERGED, CANCELLED);
            case DISPATCHED -> EnumSet.of(EN_ROUTE, ON_SCENE, TRANSFERRED, MERGED, CANCELLED);
            case EN_ROUTE -> EnumSet.of(ON_SCENE, TRANSFERRED, CANCELLED);
            case ON_SCENE -> EnumSet.of(HANDLED, TRANSFERRED);
            case HANDLED -> EnumSet.of(CLOSED);
            case CLOSED, TRANSFERRED, MERGED, CANCELLED -> EnumSet.noneOf(IncidentStatus.class);
        };
    }

    public boolean canMoveTo(IncidentStatus target) {
        return next().contains(target);
    }

    public boolean isFinal() {
        return next().isEmpty();
    }

    /** Open incidents still need someone: everything before closed and the side exits. */
    public boolean isOpen() {
        return !isFinal();
    }
}
