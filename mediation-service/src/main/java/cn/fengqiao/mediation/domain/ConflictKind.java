package cn.fengqiao.mediation.domain;

/** Why a lawyer may not take a party's dispute: the party is a relative, or a former client. */
public enum ConflictKind {
    RELATIVE,
    FORMER_CLIENT
}
