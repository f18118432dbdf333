package cn.fengqiao.mediation.domain;

/** Who mediates: a police mediator, a people's mediator (人民调解员) or the duty lawyer. */
public enum MediatorKind {
    POLICE_MEDIATOR,
    PEOPLES_MEDIATOR,
    DUTY_LAWYER
}
