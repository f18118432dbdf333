package cn.fengqiao.incident.rest;

import cn.fengqiao.incident.domain.Unit;

/** A unit's line on the status board. */
public record UnitView(String code, String name, String kind, String community, String status, long version) {

    static UnitView of(Unit u) {
        return new UnitView(u.code, u.name, u.kind.name(), u.community, u.status.name(), u.version);
    }
}
