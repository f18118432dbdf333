package cn.fengqiao.resident.domain;

/** What an inspection can find wrong. */
public enum Finding {
    FIRE,
    SECURITY,
    LICENCE
}
