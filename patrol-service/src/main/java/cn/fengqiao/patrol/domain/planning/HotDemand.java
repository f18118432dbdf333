package cn.fengqiao.patrol.domain.planning;

import java.util.List;

/**
 * Hot cells of an area in one 2-hour block of the period (minutes from the period's start), with
 * their heat scaled to a whole number: the plan should have someone on foot there then.
 */
public record HotDemand(String area, int start, int end, long heat, List<String> cells) {}
