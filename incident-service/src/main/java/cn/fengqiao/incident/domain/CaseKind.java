package cn.fengqiao.incident.domain;

/** Criminal (刑事) or public-order (治安) case. */
public enum CaseKind {
    CRIMINAL,
    PUBLIC_ORDER
}
