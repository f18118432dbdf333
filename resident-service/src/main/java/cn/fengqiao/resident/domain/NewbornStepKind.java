package cn.fengqiao.resident.domain;

/**
 * The five steps of the newborn application, in order. Only HUKOU is this service's own; the others
 * are the city systems' (hospital, health, medical insurance, social security), done by callback.
 */
public enum NewbornStepKind {
    BIRTH_CERTIFICATE,
    HUKOU,
    VACCINATION,
    MEDICAL_INSURANCE,
    SOCIAL_SECURITY_CARD;

    public boolean isExternal() {
        return this != HUKOU;
    }
}
