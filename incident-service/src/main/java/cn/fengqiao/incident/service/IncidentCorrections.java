package cn.fengqiao.incident.service;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.fengqiao.incident.domain.Incident;
import cn.fengqiao.incident.messaging.IncidentCorrected;
import cn.fengqiao.incident.messaging.IncidentTopics;
import cn.fengqiao.incident.rest.IncidentCorrection;
import cn.fengqiao.infrastructure.changes.ChangeLog;
import cn.fengqiao.infrastructure.changes.Changes;
import cn.fengqiao.infrastructure.changes.MergePatch;
import cn.fengqiao.infrastructure.outbox.Outbox;
import cn.fengqiao.infrastructure.problem.Bilingual;
import cn.fengqiao.infrastructure.problem.IfMatch;
import cn.fengqiao.infrastructure.problem.ProblemException;

/**
 * Corrections of an incident while it is being worked: a 110 call taken for a quarrel that was a
 * theft, a wrong sub-category, place or priority, a summary written in haste. Each correction is kept
 * in the incident's history (who, when, why, which fields), and the incident's corrected facts are
 * published, so the patrol's hot-spot model counts it where and as what it was. The briefing reads
 * the incident itself and follows at once. A closed incident is a record of what was done: 409.
 */
@ApplicationScoped
public class IncidentCorrections {

    static final String RECORD = "incident";

    @Inject
    IncidentService incidents;

    @Inject
    ChangeLog changeLog;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Transactional
    public Incident correct(UUID id, MergePatch<IncidentCorrection> patch, Long expectedVersion, String reason) {
        Incident incident = incidents.get(id);
        IfMatch.check("Incident " + incident.number, incident.version, expectedVersion);
        if (!incident.status.isOpen()) {
            throw ProblemException.conflict(
                    "Incident " + incident.number + " is " + incident.status + ": only an open incident is corrected");
        }
        IncidentCorrection to = patch.values();
        patch.requirePresent("category", "summary", "priority");
        if (patch.has("latitude") != patch.has("longitude")) {
            throw ProblemException.badRequest(
                    "longitude",
                    Bilingual.of("a position is corrected with both latitude and longitude", "更正位置须同时给出纬度和经度"));
        }
        Changes changes = new Changes();
        incident.category = patch.apply(changes, "category", incident.category, to.category());
        if (patch.has("subCategory")) {
            incident.subCategory = changes.set("subCategory", incident.subCategory, to.subCategory());
        } else if (incident.subCategory != null && incident.subCategory.category() != incident.category) {
            // a sub-category of the old category says nothing true of the new one
            incident.subCategory = changes.set("subCategory", incident.subCategory, null);
        }
        IncidentService.checkSubCategory(incident.category, incident.subCategory);
        incident.summary = patch.applyText(changes, "summary", incident.summary, to.summary());
        incident.priority = patch.apply(changes, "priority", incident.priority, to.priority());
        incident.addressId = patch.apply(changes, "addressId", incident.addressId, to.addressId());
        incident.addressText = patch.apply(changes, "addressText", incident.addressText, to.addressText());
        if (patch.has("latitude")) {
            incident.latitude = changes.set("latitude", incident.latitude, to.latitude());
            incident.longitude = changes.set("longitude", incident.longitude, to.longitude());
        }
        if (changes.isEmpty()) {
            return incident;
        }
        changeLog.record(RECORD, incident.id, reason, changes);
        outbox.record(
                IncidentTopics.INCIDENT_EVENTS,
                IncidentCorrected.TYPE,
                incident.id,
                new IncidentCorrected(
                        incident.id,
                        incident.number,
                        incident.category.name(),
                        incident.subCategory == null ? null : incident.subCategory.name(),
                        incident.priority.name(),
                        incident.community,
                        incident.addressId,
                        incident.addressText,
                        incident.latitude,
                        incident.longitude,
                        changes.fields().stream().map(Changes.Field::field).toList(),
                        clock.instant()));
        return incident;
    }

    /** The incident's corrections, oldest first, for whoever may read the incident. */
    @Transactional
    public List<ChangeLog.Entry> history(UUID id) {
        return changeLog.history(RECORD, incidents.get(id).id);
    }
}
