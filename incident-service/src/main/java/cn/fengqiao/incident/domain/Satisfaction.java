package cn.fengqiao.incident.domain;

/** How satisfied a caller is with how the station handled their call. */
public enum Satisfaction implements Labelled {
    SATISFIED("满意", "satisfied"),
    BASICALLY_SATISFIED("基本满意", "basically satisfied"),
    DISSATISFIED("不满意", "dissatisfied");

    private final String zh;
    private final String en;

    Satisfaction(String zh, String en) {
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
