package cn.fengqiao.incident.domain;

/** What a case is about; the article's half-year figures are counted by these. */
public enum CaseType implements Labelled {
    PROSTITUTION("卖淫嫖娼", "prostitution"),
    GAMBLING("赌博", "gambling"),
    GAMBLING_DEN("开设赌场", "running a gambling den"),
    DRUG_USE("吸毒", "drug use"),
    DRUG_SELLING("贩毒", "drug selling"),
    FRAUD("诈骗", "fraud"),
    THEFT("盗窃", "theft"),
    ASSAULT("伤害", "assault"),
    OTHER("其他", "other");

    private final String zh;
    private final String en;

    CaseType(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    @Override
    public String zh() {
        return zh;
    }

    @Override
    public String en() {
        return en;
    }
}
