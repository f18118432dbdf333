package cn.fengqiao.mediation.rest;

import java.time.Instant;
import java.util.UUID;

import cn.fengqiao.mediation.domain.ObservedIncident;

/** An incident as mediation-service has recorded it from incident-events. */
public record ObservedIncidentView(
        UUID incidentId,
        String number,
        String category,
        String community,
        String addressId,
        String addressText,
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
                i.reportedAt,
                i.observedAt);
    }
}
