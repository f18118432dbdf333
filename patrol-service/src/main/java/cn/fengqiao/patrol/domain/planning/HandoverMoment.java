package cn.fengqiao.patrol.domain.planning;

/** A police handover (minutes from the period's start): an auxiliary should be out at that moment. */
public record HandoverMoment(int minute) {}
