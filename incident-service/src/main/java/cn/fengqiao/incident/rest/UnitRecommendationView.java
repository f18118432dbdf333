package cn.fengqiao.incident.rest;

import cn.fengqiao.incident.service.UnitService;

/** A unit proposed for an incident, and why it ranks where it does. */
public record UnitRecommendationView(UnitView unit, boolean sameCommunity, long recentAssignments) {

    static UnitRecommendationView of(UnitService.Recommendation r) {
        return new UnitRecommendationView(UnitView.of(r.unit()), r.sameCommunity(), r.recentAssignments());
    }
}
