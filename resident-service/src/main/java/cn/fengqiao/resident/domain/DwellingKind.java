package cn.fengqiao.resident.domain;

/** A flat in a building, a courtyard house (Wanyuan's 700 courtyards), or a house with a shop. */
public enum DwellingKind {
    FLAT,
    COURTYARD,
    SHOP_HOUSE
}
