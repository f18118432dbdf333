package cn.fengqiao.incident.domain;

/** Where an incident came in. */
public enum Channel implements Labelled {
    CALL_110("110报警", "110 emergency call"),
    WALK_IN("来所报警", "walk-in"),
    PATROL("巡逻发现", "found on patrol"),
    VIDEO_PATROL("视频巡逻发现", "found on video patrol"),
    HOTLINE_12345("12345转办", "transferred from the 12345 hotline"),
    APP("网上报警", "app or web");

    private final String zh;
    private final String en;

    Channel(String zh, String en) {
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
