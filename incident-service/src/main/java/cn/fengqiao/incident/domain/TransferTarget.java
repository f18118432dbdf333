package cn.fengqiao.incident.domain;

/** Who an incident is handed to when it is not (only) the police's. */
public enum TransferTarget implements Labelled {
    AMBULANCE_120("120急救", "120 ambulance"),
    FIRE_119("119消防", "119 fire service"),
    HOTLINE_12345("12345热线", "12345 hotline"),
    OTHER_UNIT("其他单位", "another unit");

    private final String zh;
    private final String en;

    TransferTarget(String zh, String en) {
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
