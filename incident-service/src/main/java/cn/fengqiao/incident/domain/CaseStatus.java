package cn.fengqiao.incident.domain;

import java.util.EnumSet;
import java.util.Set;

/** open → solved → closed; an unsolved case may also be closed. */
public enum CaseStatus {
    OPEN,
    SOLVED,
    CLOSED;

    public Set<CaseStatus> next() {
        return switch (this) {
            case OPEN -> EnumSet.of(SOLVED, CLOSED);
            case SOLVED -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.noneOf(CaseStatus.class);
        };
    }
}
