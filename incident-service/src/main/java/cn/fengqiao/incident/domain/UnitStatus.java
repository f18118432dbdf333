package cn.fengqiao.incident.domain;

/** A unit's line on the status board; dispatch and incident progress move it automatically. */
public enum UnitStatus implements Labelled {
    AVAILABLE("待命", "available"),
    DISPATCHED("已派出", "dispatched"),
    ON_SCENE("在现场", "on scene"),
    OFF_DUTY("不在岗", "off duty");

    private final String zh;
    private final String en;

    UnitStatus(String zh, String en) {
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
