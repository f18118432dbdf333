package cn.fengqiao.incident.domain;

/** Sub-types of a category; each belongs to exactly one category. */
public enum IncidentSubCategory {
    THEFT(IncidentCategory.CRIMINAL),
    FRAUD(IncidentCategory.CRIMINAL),
    ROBBERY(IncidentCategory.CRIMINAL),
    ASSAULT(IncidentCategory.CRIMINAL),
    PROSTITUTION(IncidentCategory.PUBLIC_ORDER),
    GAMBLING(IncidentCategory.PUBLIC_ORDER),
    DRUGS(IncidentCategory.PUBLIC_ORDER),
    FIGHTING(IncidentCategory.PUBLIC_ORDER),
    NOISE(IncidentCategory.PUBLIC_ORDER),
    NEIGHBOUR_DISPUTE(IncidentCategory.DISPUTE),
    FAMILY_DISPUTE(IncidentCategory.DISPUTE),
    LANDLORD_TENANT_DISPUTE(IncidentCategory.DISPUTE),
    COMMERCIAL_DISPUTE(IncidentCategory.DISPUTE),
    WAGE_DISPUTE(IncidentCategory.DISPUTE),
    PROPERTY_DAMAGE_DISPUTE(IncidentCategory.DISPUTE),
    TRAFFIC_ACCIDENT(IncidentCategory.TRAFFIC),
    TRAFFIC_CONGESTION(IncidentCategory.TRAFFIC),
    MEDICAL_EMERGENCY(IncidentCategory.HELP),
    LOST_ITEM(IncidentCategory.HELP),
    LOST_PERSON(IncidentCategory.HELP),
    LOCKED_OUT(IncidentCategory.HELP);

    private final IncidentCategory category;

    IncidentSubCategory(IncidentCategory category) {
        this.category = category;
    }

    public IncidentCategory category() {
        return category;
    }
}
