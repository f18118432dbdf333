package cn.fengqiao.incident.domain;

/** What a case is about; the article's half-year figures are counted by these. */
public enum CaseType {
    PROSTITUTION,
    GAMBLING,
    GAMBLING_DEN,
    DRUG_USE,
    DRUG_SELLING,
    FRAUD,
    THEFT,
    ASSAULT,
    OTHER
}
