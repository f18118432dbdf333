package cn.fengqiao.mediation.domain;

/** A party's side in a dispute. */
public enum PartySide {
    APPLICANT,
    RESPONDENT,
    OTHER
}
