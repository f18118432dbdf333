package cn.fengqiao.incident.domain;

/** Criminal (刑事) or public-order (治安) case. */
public enum CaseKind implements Labelled {
    CRIMINAL("刑事案件", "criminal case"),
    PUBLIC_ORDER("治安案件", "public-order case");

    private final String zh;
    private final String en;

    CaseKind(String zh, String en) {
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
