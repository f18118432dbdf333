package cn.fengqiao.resident.domain;

/** 户籍 registered here, 暂住 temporary resident with a permit, 流动 floating. */
public enum HouseholdType {
    REGISTERED,
    TEMPORARY,
    FLOATING
}
