package cn.fengqiao.incident.service;

import java.time.Duration;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Parameters;

import cn.fengqiao.incident.domain.Incident;
import cn.fengqiao.incident.domain.IncidentStatus;
import cn.fengqiao.infrastructure.security.Caller;

/**
 * Suggests that a new incident may be a duplicate: an open incident of the same category in the two
 * hours before it, at the same standard address or within 200 m: the 10 nearest of the 50 latest.
 */
@ApplicationScoped
public class DuplicateFinder {

    static final Duration WINDOW = Duration.ofHours(2);
    private static final Set<IncidentStatus> OPEN = EnumSet.complementOf(EnumSet.of(
            IncidentStatus.CLOSED, IncidentStatus.TRANSFERRED, IncidentStatus.MERGED, IncidentStatus.CANCELLED));
    static final double RADIUS_METRES = 200;
    /** A crowd reporting one fire must not make every report load all the others: the latest few are enough. */
    static final int MOST_RECENT = 50;
    /** Suggestions in one answer, nearest first. */
    static final int SHOWN = 10;

    private static final double EARTH_RADIUS_METRES = 6_371_000;

    @Inject
    Caller caller;

    public record Candidate(Incident incident, Integer distanceMetres, boolean sameAddress) {}

    @Transactional
    public List<Candidate> candidates(Incident incident) {
        boolean located = incident.latitude != null && incident.longitude != null;
        if (incident.addressId == null && !located) {
            return List.of(); // nothing to compare by
        }
        // The database narrows to the same address or a box around the 200 m circle, so a busy
        // category (hundreds of open calls for help) costs an index range, not every open row.
        double latitudeSpan = Math.toDegrees(RADIUS_METRES / EARTH_RADIUS_METRES);
        double longitudeSpan = located ? latitudeSpan / Math.max(0.01, Math.cos(Math.toRadians(incident.latitude))) : 0;
        // One query either way: a missing address matches no address (""), missing coordinates an empty box (min >
        // max).
        Parameters where = Parameters.with("category", incident.category)
                .and("from", incident.reportedAt.minus(WINDOW))
                .and("to", incident.reportedAt)
                .and("id", incident.id)
                .and("open", OPEN)
                .and("address", incident.addressId == null ? "" : incident.addressId)
                .and("minLat", located ? incident.latitude - latitudeSpan : 0.0)
                .and("maxLat", located ? incident.latitude + latitudeSpan : -1.0)
                .and("minLon", located ? incident.longitude - longitudeSpan : 0.0)
                .and("maxLon", located ? incident.longitude + longitudeSpan : -1.0);
        List<Incident> recent = Incident.<Incident>find(
                        "category = :category AND reportedAt BETWEEN :from AND :to AND id <> :id AND status IN :open"
                                + " AND (addressId = :address OR (latitude BETWEEN :minLat AND :maxLat"
                                + " AND longitude BETWEEN :minLon AND :maxLon)) ORDER BY reportedAt DESC",
                        where)
                .page(0, MOST_RECENT)
                .list();
        return recent.stream()
                .filter(other -> caller.mayAccess(other.community))
                .map(other -> new Candidate(
                        other,
                        distance(incident, other),
                        incident.addressId != null && Objects.equals(incident.addressId, other.addressId)))
                .filter(c -> c.sameAddress() || (c.distanceMetres() != null && c.distanceMetres() <= RADIUS_METRES))
                .sorted(Comparator.comparing((Candidate c) -> !c.sameAddress())
                        .thenComparing(c -> c.distanceMetres() == null ? Integer.MAX_VALUE : c.distanceMetres()))
                .limit(SHOWN)
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
