package cn.fengqiao.resident.service;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import cn.fengqiao.resident.config.TierRules;
import cn.fengqiao.resident.domain.Person;
import cn.fengqiao.resident.domain.ReviewSuggestion;

/**
 * Incidents that name a registered person feed an involvement count; three within 90 days put a
 * review suggestion in the queue. A suggestion never changes a tier: people decide.
 */
@ApplicationScoped
public class InvolvementService {

    @Inject
    EntityManager em;

    @Inject
    TierRules rules;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID incidentId, String number, Instant reportedAt, List<UUID> residentIds) {
        for (UUID personId : new LinkedHashSet<>(residentIds)) {
            if (Person.findById(personId) == null) {
                continue; // an id this register does not hold: nothing to count
            }
            em.createNativeQuery("INSERT INTO involvement (person_id, incident_id, reported_at) VALUES (?1, ?2, ?3)"
                            + " ON CONFLICT DO NOTHING")
                    .setParameter(1, personId)
                    .setParameter(2, incidentId)
                    .setParameter(3, reportedAt)
                    .executeUpdate();
            long recent = ((Number) em.createNativeQuery(
                                    "SELECT count(*) FROM involvement WHERE person_id = ?1 AND reported_at > ?2")
                            .setParameter(1, personId)
                            .setParameter(2, reportedAt.minus(Duration.ofDays(rules.involvementWindowDays())))
                            .getSingleResult())
                    .longValue();
            if (recent >= rules.involvementThreshold()
                    && ReviewSuggestion.count(
                                    "personId = ?1 AND reason = ?2 AND status = 'OPEN'",
                                    personId,
                                    ReviewSuggestion.REPEATED_INVOLVEMENT)
                            == 0) {
                ReviewSuggestion suggestion = new ReviewSuggestion();
                suggestion.personId = personId;
                suggestion.reason = ReviewSuggestion.REPEATED_INVOLVEMENT;
                suggestion.detail =
                        recent + " incidents in " + rules.involvementWindowDays() + " days, the latest " + number;
                suggestion.createdAt = Instant.now();
                suggestion.status = "OPEN";
                suggestion.persist();
            }
        }
    }
}
