package cn.fengqiao.patrol.domain.planning;

import cn.fengqiao.patrol.domain.Level;

/** A patroller as the solver sees them: level, squad, weekly limit and the night preference. */
public record PatrollerFact(String code, Level level, String squad, int weeklyLimit, boolean avoidNights) {}
