package cn.fengqiao.incident.domain;

/** Sub-types of a category; each belongs to exactly one category. */
public enum IncidentSubCategory implements Labelled {
    THEFT(IncidentCategory.CRIMINAL, "盗窃", "theft"),
    FRAUD(IncidentCategory.CRIMINAL, "诈骗", "fraud"),
    ROBBERY(IncidentCategory.CRIMINAL, "抢劫抢夺", "robbery"),
    ASSAULT(IncidentCategory.CRIMINAL, "伤害", "assault"),
    PROSTITUTION(IncidentCategory.PUBLIC_ORDER, "卖淫嫖娼", "prostitution"),
    GAMBLING(IncidentCategory.PUBLIC_ORDER, "赌博", "gambling"),
    DRUGS(IncidentCategory.PUBLIC_ORDER, "涉毒", "drugs"),
    FIGHTING(IncidentCategory.PUBLIC_ORDER, "殴打他人", "fighting"),
    NOISE(IncidentCategory.PUBLIC_ORDER, "噪音扰民", "noise"),
    NEIGHBOUR_DISPUTE(IncidentCategory.DISPUTE, "邻里纠纷", "neighbours"),
    FAMILY_DISPUTE(IncidentCategory.DISPUTE, "家庭纠纷", "family"),
    LANDLORD_TENANT_DISPUTE(IncidentCategory.DISPUTE, "房屋租赁纠纷", "landlord and tenant"),
    COMMERCIAL_DISPUTE(IncidentCategory.DISPUTE, "经济纠纷", "commercial"),
    WAGE_DISPUTE(IncidentCategory.DISPUTE, "劳资纠纷", "wages"),
    PROPERTY_DAMAGE_DISPUTE(IncidentCategory.DISPUTE, "财物损坏纠纷", "property damage"),
    TRAFFIC_ACCIDENT(IncidentCategory.TRAFFIC, "交通事故", "accident"),
    TRAFFIC_CONGESTION(IncidentCategory.TRAFFIC, "交通堵塞", "congestion"),
    MEDICAL_EMERGENCY(IncidentCategory.HELP, "急病求助", "medical emergency"),
    LOST_ITEM(IncidentCategory.HELP, "失物求助", "lost item"),
    LOST_PERSON(IncidentCategory.HELP, "走失求助", "lost person"),
    LOCKED_OUT(IncidentCategory.HELP, "开锁求助", "locked out");

    private final IncidentCategory category;
    private final String zh;
    private final String en;

    IncidentSubCategory(IncidentCategory category, String zh, String en) {
        this.category = category;
        this.zh = zh;
        this.en = en;
    }

    public IncidentCategory category() {
        return category;
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
