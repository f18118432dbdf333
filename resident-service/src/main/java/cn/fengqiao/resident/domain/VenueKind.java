package cn.fengqiao.resident.domain;

/**
 * Kinds of unit: the big ones the station inspects, and the nine kinds of small venue (九小场所):
 * small shops, restaurants, hotels, schools and training, clinics, entertainment, internet cafés,
 * beauty and bath, workshops.
 */
public enum VenueKind {
    SHOP,
    MALL,
    HOTEL,
    BATH_HOUSE,
    KTV,
    DANCE_HALL,
    SMALL_SHOP,
    SMALL_RESTAURANT,
    SMALL_HOTEL,
    SMALL_SCHOOL,
    SMALL_CLINIC,
    SMALL_ENTERTAINMENT,
    SMALL_INTERNET_CAFE,
    SMALL_BEAUTY_AND_BATH,
    SMALL_WORKSHOP
}
