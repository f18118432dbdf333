package cn.fengqiao.incident.domain;

import java.util.EnumSet;
import java.util.Set;

/** open → solved → closed; an unsolved case may also be closed. */
public enum CaseStatus implements Labelled {
    OPEN("侦办中", "open"),
    SOLVED("已破案", "solved"),
    CLOSED("已结案", "closed");

    private final String zh;
    private final String en;

    CaseStatus(String zh, String en) {
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

    public Set<CaseStatus> next() {
        return switch (this) {
            case OPEN -> EnumSet.of(SOLVED, CLOSED);
            case SOLVED -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.noneOf(CaseStatus.class);
        };
    }
}
