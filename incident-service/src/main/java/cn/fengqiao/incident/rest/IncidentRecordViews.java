package cn.fengqiao.incident.rest;

import java.time.Instant;
import java.util.UUID;

import cn.fengqiao.incident.domain.AgencyContact;
import cn.fengqiao.incident.domain.InvolvedPerson;
import cn.fengqiao.incident.domain.NarrativeEntry;
import cn.fengqiao.incident.service.DuplicateFinder;
import cn.fengqiao.infrastructure.security.Masking;

/** What callers see of an incident's narrative, people, agency contacts and possible duplicates. */
public final class IncidentRecordViews {

    private IncidentRecordViews() {}

    public record Narrative(
            long id,
            String author,
            Instant writtenAt,
            String text,
            Instant struckAt,
            String struckBy,
            String strikeReason) {
        static Narrative of(NarrativeEntry e) {
            return new Narrative(e.id, e.author, e.writtenAt, e.text, e.struckAt, e.struckBy, e.strikeReason);
        }
    }

    public record Person(long id, String role, UUID residentId, String name, String phone) {
        static Person of(InvolvedPerson p, boolean wholeNumbers) {
            return new Person(
                    p.id, p.role.name(), p.residentId, p.name, wholeNumbers ? p.phone : Masking.phone(p.phone));
        }
    }

    public record Contact(
            long id,
            String agency,
            Instant askedAt,
            Instant arrivedAt,
            Long minutesToArrive,
            String reference,
            String note,
            String recordedBy) {
        static Contact of(AgencyContact c) {
            Long minutes = c.arrivedAt == null
                    ? null
                    : java.time.Duration.between(c.askedAt, c.arrivedAt).toMinutes();
            return new Contact(
                    c.id, c.agency.name(), c.askedAt, c.arrivedAt, minutes, c.reference, c.note, c.recordedBy);
        }
    }

    public record DuplicateCandidate(
            UUID id,
            String number,
            String status,
            String addressText,
            Integer distanceMetres,
            boolean sameAddress,
            Instant reportedAt) {
        static DuplicateCandidate of(DuplicateFinder.Candidate c) {
            return new DuplicateCandidate(
                    c.incident().id,
                    c.incident().number,
                    c.incident().status.name(),
                    c.incident().addressText,
                    c.distanceMetres(),
                    c.sameAddress(),
                    c.incident().reportedAt);
        }
    }
}
