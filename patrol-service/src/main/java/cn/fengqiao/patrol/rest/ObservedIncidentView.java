package cn.fengqiao.patrol.rest;

import java.time.Instant;
import java.util.UUID;

import cn.fengqiao.patrol.domain.ObservedIncident;

/** An incident as patrol-service has recorded it from incident-events. */
public record ObservedIncidentView(
        UUID incidentId,
        String number,
        String category,
        String community,
        String addressId,
        String addressText,
        Double latitude,
        Double longitude,
        Instant reportedAt,
        Instant observedAt) {

    static ObservedIncidentView of(ObservedIncident i) {
        return new ObservedIncidentView(
                i.incidentId,
                i.number,
                i.category,
                i.community,
                i.addressId,
                i.addressText,
                i.latitude,
                i.longitude,
                i.reportedAt,
                i.observedAt);
    }
}
