package cn.fengqiao.incident.service;

import java.time.Duration;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.fengqiao.incident.domain.Incident;
import cn.fengqiao.incident.domain.IncidentStatus;
import cn.fengqiao.infrastructure.security.Caller;

/**
 * Suggests that a new incident may be a duplicate: an open incident of the same category in the two
 * hours before it, at the same standard address or within 200 m.
 */
@ApplicationScoped
public class DuplicateFinder {

    static final Duration WINDOW = Duration.ofHours(2);
    static final double RADIUS_METRES = 200;
    private static final double EARTH_RADIUS_METRES = 6_371_000;

    @Inject
    Caller caller;

    public record Candidate(Incident incident, Integer distanceMetres, boolean sameAddress) {}

    @Transactional
    public List<Candidate> candidates(Incident incident) {
        List<Incident> recent = Incident.list(
                "category = ?1 AND reportedAt BETWEEN ?2 AND ?3 AND id <> ?4 AND status IN ?5",
                incident.category,
                incident.reportedAt.minus(WINDOW),
                incident.reportedAt,
                incident.id,
                EnumSet.complementOf(EnumSet.of(
                        IncidentStatus.CLOSED,
                        IncidentStatus.TRANSFERRED,
                        IncidentStatus.MERGED,
                        IncidentStatus.CANCELLED)));
        return recent.stream()
                .filter(other -> caller.mayAccess(other.community))
                .map(other -> new Candidate(
                        other,
                        distance(incident, other),
                        incident.addressId != null && Objects.equals(incident.addressId, other.addressId)))
                .filter(c -> c.sameAddress() || (c.distanceMetres() != null && c.distanceMetres() <= RADIUS_METRES))
                .sorted(Comparator.comparing((Candidate c) -> !c.sameAddress())
                        .thenComparing(c -> c.distanceMetres() == null ? Integer.MAX_VALUE : c.distanceMetres()))
                .toList();
    }

    /** Great-circle distance in whole metres, or null when either has no coordinates. */
    static Integer distance(Incident a, Incident b) {
        if (a.latitude == null || a.longitude == null || b.latitude == null || b.longitude == null) {
            return null;
        }
        double lat1 = Math.toRadians(a.latitude);
        double lat2 = Math.toRadians(b.latitude);
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(b.longitude - a.longitude);
        double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
        return (int) Math.round(2 * EARTH_RADIUS_METRES * Math.asin(Math.sqrt(h)));
    }
}
