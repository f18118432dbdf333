package cn.fengqiao.incident.domain;

/** How satisfied a caller is with how the station handled their call. */
public enum Satisfaction {
    SATISFIED,
    BASICALLY_SATISFIED,
    DISSATISFIED
}
