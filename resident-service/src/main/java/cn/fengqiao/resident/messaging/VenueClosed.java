package cn.fengqiao.resident.messaging;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Data of {@code cn.fengqiao.resident.venue-closed.v1}: a venue of the register closed for good (or,
 * with {@code closedOn} null, was found open after all), so whoever counts the venues of a place (the
 * patrol's risk factors) stops counting it. No name of a person, no numbers.
 */
public record VenueClosed(UUID venueId, String community, UUID addressId, String kind, LocalDate closedOn) {

    public static final String TYPE = "cn.fengqiao.resident.venue-closed.v1";
}
