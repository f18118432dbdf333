package cn.fengqiao.incident.domain;

/** Where an incident stands: received → dispatched → en route → on scene → handled → closed, or a side exit. */
public enum IncidentStatus {
    RECEIVED,
    DISPATCHED,
    EN_ROUTE,
    ON_SCENE,
    HANDLED,
    CLOSED,
    TRANSFERRED,
    MERGED,
    CANCELLED
}
