package cn.fengqiao.resident.domain;

/** The application as a whole. */
public enum NewbornStatus {
    IN_PROGRESS,
    COMPLETED,
    FAILED,
    WITHDRAWN
}
