package cn.fengqiao.incident.domain;

/** What a person is to an incident. */
public enum PersonRole implements Labelled {
    REPORTER("报警人", "reporter"),
    VICTIM("受害人", "victim"),
    SUSPECT("嫌疑人", "suspect"),
    WITNESS("证人", "witness"),
    INVOLVED("当事人", "party involved");

    private final String zh;
    private final String en;

    PersonRole(String zh, String en) {
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
