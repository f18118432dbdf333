package cn.fengqiao.incident.domain;

/** What kind of unit can be sent to an incident. */
public enum UnitKind implements Labelled {
    OFFICER("民警", "police officer"),
    AUXILIARY("辅警", "auxiliary police"),
    POLICE_OFFICE("警务室", "community police office"),
    CASE_TEAM("办案队", "case team");

    private final String zh;
    private final String en;

    UnitKind(String zh, String en) {
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
