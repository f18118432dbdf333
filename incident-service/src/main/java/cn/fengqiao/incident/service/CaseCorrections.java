package cn.fengqiao.incident.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.fengqiao.incident.domain.CaseStatus;
import cn.fengqiao.incident.domain.PoliceCase;
import cn.fengqiao.incident.rest.CaseCorrection;
import cn.fengqiao.infrastructure.changes.ChangeLog;
import cn.fengqiao.infrastructure.changes.Changes;
import cn.fengqiao.infrastructure.changes.MergePatch;
import cn.fengqiao.infrastructure.problem.IfMatch;
import cn.fengqiao.infrastructure.problem.ProblemException;

/**
 * Corrections of a case not yet closed: its title, and the kind and type it turned out to be. Kept in
 * the case's history with who, when and why; the statistics read the case and count it as corrected.
 * A closed case is a record of what was done: 409.
 */
@ApplicationScoped
public class CaseCorrections {

    static final String RECORD = "case";

    @Inject
    CaseService cases;

    @Inject
    ChangeLog changeLog;

    @Transactional
    public PoliceCase correct(UUID id, MergePatch<CaseCorrection> patch, Long expectedVersion, String reason) {
        PoliceCase policeCase = cases.get(id);
        IfMatch.check("Case " + policeCase.number, policeCase.version, expectedVersion);
        if (policeCase.status == CaseStatus.CLOSED) {
            throw ProblemException.conflict("Case " + policeCase.number + " is closed: it is a record now");
        }
        CaseCorrection to = patch.values();
        patch.requirePresent("kind", "type", "title");
        Changes changes = new Changes();
        policeCase.kind = patch.apply(changes, "kind", policeCase.kind, to.kind());
        policeCase.type = patch.apply(changes, "type", policeCase.type, to.type());
        policeCase.title = patch.applyText(changes, "title", policeCase.title, to.title());
        changeLog.record(RECORD, policeCase.id, reason, changes);
        return policeCase;
    }

    /** The case's corrections, oldest first, for whoever may read the case. */
    @Transactional
    public List<ChangeLog.Entry> history(UUID id) {
        return changeLog.history(RECORD, cases.get(id).id);
    }
}
