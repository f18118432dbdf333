package cn.fengqiao.incident.domain;

/** Who else the station brings in on an incident without handing it over. */
public enum Agency implements Labelled {
    AMBULANCE_120("120急救", "120 ambulance"),
    FIRE_119("119消防", "119 fire service"),
    HOSPITAL("医院绿色通道", "hospital (green channel)"),
    FAMILY("家属", "family"),
    HOTLINE_12345("12345热线", "12345 hotline"),
    COMMUNITY("社区", "community committee"),
    OTHER("其他", "other");

    private final String zh;
    private final String en;

    Agency(String zh, String en) {
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
