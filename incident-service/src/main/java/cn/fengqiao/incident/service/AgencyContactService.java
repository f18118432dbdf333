package cn.fengqiao.incident.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.fengqiao.incident.domain.Agency;
import cn.fengqiao.incident.domain.AgencyContact;
import cn.fengqiao.infrastructure.problem.Bilingual;
import cn.fengqiao.infrastructure.problem.ProblemException;
import cn.fengqiao.infrastructure.security.Caller;

/** Agencies brought in on an incident (120 called, family contacted, green channel) and when they came. */
@ApplicationScoped
public class AgencyContactService {

    @Inject
    IncidentService incidents;

    @Inject
    Caller caller;

    @Transactional
    public AgencyContact record(UUID incidentId, Agency agency, Instant askedAt, String reference, String note) {
        incidents.get(incidentId);
        Instant now = Instant.now();
        if (askedAt != null && askedAt.isAfter(now)) {
            throw ProblemException.badRequest("askedAt", Bilingual.of("must not be in the future", "不得晚于当前时间"));
        }
        AgencyContact contact = new AgencyContact();
        contact.incidentId = incidentId;
        contact.agency = agency;
        contact.askedAt = askedAt == null ? now : askedAt;
        contact.reference = reference;
        contact.note = note;
        contact.recordedBy = caller.name();
        contact.persist();
        return contact;
    }

    @Transactional
    public AgencyContact arrived(UUID incidentId, long contactId, Instant arrivedAt) {
        incidents.get(incidentId);
        AgencyContact contact = AgencyContact.<AgencyContact>find("id = ?1 AND incidentId = ?2", contactId, incidentId)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Agency contact", "联动单位联系", contactId));
        if (contact.arrivedAt != null) {
            throw ProblemException.conflict("The arrival of " + contact.agency + " is recorded already");
        }
        Instant at = arrivedAt == null ? Instant.now() : arrivedAt;
        if (at.isBefore(contact.askedAt) || at.isAfter(Instant.now())) {
            throw ProblemException.badRequest(
                    "arrivedAt", Bilingual.of("must lie between the time asked and now", "须在所查询的时间与当前时间之间"));
        }
        contact.arrivedAt = at;
        return contact;
    }

    @Transactional
    public List<AgencyContact> list(UUID incidentId) {
        incidents.get(incidentId);
        return AgencyContact.list("incidentId = ?1 ORDER BY id", incidentId);
    }
}
