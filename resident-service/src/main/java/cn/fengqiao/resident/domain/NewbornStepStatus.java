package cn.fengqiao.resident.domain;

/** A step waits for the one before, is requested from its system, is done or failed; undone ones are cancelled or compensated. */
public enum NewbornStepStatus {
    WAITING,
    REQUESTED,
    DONE,
    FAILED,
    CANCELLED,
    COMPENSATED
}
