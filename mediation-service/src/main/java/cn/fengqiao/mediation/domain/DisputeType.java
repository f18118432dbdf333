package cn.fengqiao.mediation.domain;

/** Kinds of dispute, as the statistics count them. */
public enum DisputeType {
    NEIGHBOUR,
    FAMILY,
    LANDLORD_TENANT,
    COMMERCIAL,
    WAGES,
    PROPERTY_DAMAGE,
    OTHER;

    /** The type for an incident's dispute sub-category (incident-service's codes); OTHER when unknown. */
    public static DisputeType ofIncidentSubCategory(String subCategory) {
        if (subCategory == null) {
            return OTHER;
        }
        return switch (subCategory) {
            case "NEIGHBOUR_DISPUTE" -> NEIGHBOUR;
            case "FAMILY_DISPUTE" -> FAMILY;
            case "LANDLORD_TENANT_DISPUTE" -> LANDLORD_TENANT;
            case "COMMERCIAL_DISPUTE" -> COMMERCIAL;
            case "WAGE_DISPUTE" -> WAGES;
            case "PROPERTY_DAMAGE_DISPUTE" -> PROPERTY_DAMAGE;
            default -> OTHER;
        };
    }
}
