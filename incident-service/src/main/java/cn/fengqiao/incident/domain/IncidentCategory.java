package cn.fengqiao.incident.domain;

/** Top-level incident categories, modelled on the public security incident classification. */
public enum IncidentCategory implements Labelled {
    CRIMINAL("刑事类", "criminal"),
    PUBLIC_ORDER("治安类", "public order"),
    DISPUTE("纠纷类", "dispute"),
    TRAFFIC("交通类", "traffic"),
    HELP("求助类", "help-seeking"),
    FIRE("火灾类", "fire"),
    NON_POLICE("非警务类", "non-police"),
    INVALID("无效警情", "invalid");

    private final String zh;
    private final String en;

    IncidentCategory(String zh, String en) {
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
