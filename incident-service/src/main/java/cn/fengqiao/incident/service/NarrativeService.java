package cn.fengqiao.incident.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.fengqiao.incident.domain.NarrativeEntry;
import cn.fengqiao.infrastructure.problem.Bilingual;
import cn.fengqiao.infrastructure.problem.ProblemException;
import cn.fengqiao.infrastructure.security.Caller;

/** The narrative of an incident: append-only; a wrong entry is struck through, never deleted. */
@ApplicationScoped
public class NarrativeService {

    @Inject
    IncidentService incidents;

    @Inject
    Caller caller;

    @Transactional
    public NarrativeEntry append(UUID incidentId, String text) {
        incidents.get(incidentId);
        NarrativeEntry entry = new NarrativeEntry();
        entry.incidentId = incidentId;
        entry.author = caller.name();
        entry.writtenAt = Instant.now();
        entry.text = text.strip();
        entry.persist();
        return entry;
    }

    /** Only the author or the commander strikes an entry through, and only once. */
    @Transactional
    public NarrativeEntry strike(UUID incidentId, long entryId, String reason) {
        incidents.get(incidentId);
        NarrativeEntry entry = NarrativeEntry.<NarrativeEntry>find("id = ?1 AND incidentId = ?2", entryId, incidentId)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Narrative entry", "警情记录条目", entryId));
        if (!entry.author.equals(caller.name()) && !caller.hasRole("commander")) {
            throw ProblemException.forbidden(
                    Bilingual.of("Only the author or the commander strikes an entry through", "只有记录人或所长可以划除记录"));
        }
        if (entry.isStruck()) {
            throw ProblemException.conflict("Entry " + entryId + " was struck through already, by " + entry.struckBy);
        }
        entry.struckAt = Instant.now();
        entry.struckBy = caller.name();
        entry.strikeReason = reason.strip();
        return entry;
    }

    @Transactional
    public List<NarrativeEntry> list(UUID incidentId) {
        incidents.get(incidentId);
        return NarrativeEntry.list("incidentId = ?1 ORDER BY id", incidentId);
    }
}
