package cn.fengqiao.incident.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an incident stands: received → dispatched → en route → on scene → handled → closed, with the
 * side exits transferred, merged and cancelled. Closed and the side exits are final.
 */
public enum IncidentStatus implements Labelled {
    RECEIVED("接警", "received"),
    DISPATCHED("派警", "dispatched"),
    EN_ROUTE("出警途中", "en route"),
    ON_SCENE("到场", "on scene"),
    HANDLED("处置完毕", "handled"),
    CLOSED("结束", "closed"),
    TRANSFERRED("已移交", "transferred"),
    MERGED("已合并", "merged into another incident"),
    CANCELLED("已撤销", "cancelled");

    private final String zh;
    private final String en;

    IncidentStatus(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    @Override
    public String zh() {
        return zh;
    }

    @Override
    public String en() {
        return en;
    }

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
