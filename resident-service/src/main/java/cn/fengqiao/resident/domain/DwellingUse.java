package cn.fengqiao.resident.domain;

/** What a dwelling is used for. */
public enum DwellingUse {
    OWN_USE,
    RENTED_OUT,
    VACANT,
    COMMERCIAL,
    /** Torn down: kept on the register as a record, counted nowhere; its address may be retired. */
    DEMOLISHED
}
