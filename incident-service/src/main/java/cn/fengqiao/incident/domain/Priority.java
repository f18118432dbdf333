package cn.fengqiao.incident.domain;

/** How fast the command room must act. */
public enum Priority implements Labelled {
    URGENT("紧急", "urgent"),
    HIGH("较急", "high"),
    NORMAL("一般", "normal"),
    LOW("不急", "low");

    private final String zh;
    private final String en;

    Priority(String zh, String en) {
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
