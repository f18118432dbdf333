package cn.fengqiao.resident.domain;

/** Gender as the resident ID encodes it (17th digit: odd male, even female). */
public enum Gender {
    MALE,
    FEMALE
}
