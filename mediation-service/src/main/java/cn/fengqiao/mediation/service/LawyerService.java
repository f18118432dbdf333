package cn.fengqiao.mediation.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.fengqiao.infrastructure.changes.ChangeLog;
import cn.fengqiao.infrastructure.changes.Changes;
import cn.fengqiao.infrastructure.changes.MergePatch;
import cn.fengqiao.infrastructure.problem.Bilingual;
import cn.fengqiao.infrastructure.problem.IfMatch;
import cn.fengqiao.infrastructure.problem.ProblemException;
import cn.fengqiao.mediation.domain.Lawyer;
import cn.fengqiao.mediation.domain.LawyerConflict;
import cn.fengqiao.mediation.rest.LawyerCorrection;
import cn.fengqiao.mediation.rest.MediationRequests;

/** The duty lawyers, their corrections and their declared conflicts of interest. */
@ApplicationScoped
public class LawyerService {

    static final String RECORD = "lawyer";

    /** One day of the rota. */
    public record RotaDay(LocalDate day, Lawyer lawyer) {}

    @Inject
    LawyerRota rota;

    @Inject
    ChangeLog changeLog;

    @Transactional
    public Lawyer register(MediationRequests.RegisterLawyer request) {
        if (Lawyer.count("username", request.username()) > 0) {
            throw ProblemException.conflict("A lawyer with user name " + request.username() + " is registered");
        }
        Lawyer lawyer = new Lawyer();
        lawyer.username = request.username();
        lawyer.name = request.name().strip();
        lawyer.firm = request.firm();
        lawyer.residentId = request.residentId();
        lawyer.rotaOrder = request.rotaOrder();
        lawyer.active = true;
        lawyer.persist();
        return lawyer;
    }

    /**
     * Corrects a lawyer of the rota: name, firm, the lawyer as a resident (for conflicts of interest),
     * the place on the rota, off the rota or back on it; kept in the lawyer's history.
     */
    @Transactional
    public Lawyer correct(long id, MergePatch<LawyerCorrection> patch, Long expectedVersion, String reason) {
        Lawyer lawyer = get(id);
        IfMatch.check("Lawyer " + lawyer.username, lawyer.version, expectedVersion);
        LawyerCorrection to = patch.values();
        patch.requirePresent("name", "rotaOrder", "active");
        Changes changes = new Changes();
        lawyer.name = patch.applyText(changes, "name", lawyer.name, to.name());
        lawyer.firm = patch.apply(changes, "firm", lawyer.firm, to.firm());
        lawyer.residentId = patch.apply(changes, "residentId", lawyer.residentId, to.residentId());
        lawyer.rotaOrder = patch.apply(changes, "rotaOrder", lawyer.rotaOrder, to.rotaOrder());
        lawyer.active = patch.apply(changes, "active", lawyer.active, to.active());
        changeLog.record(RECORD, lawyer.id, reason, changes);
        return lawyer;
    }

    @Transactional
    public List<ChangeLog.Entry> history(long id) {
        return changeLog.history(RECORD, get(id).id);
    }

    @Transactional
    public List<Lawyer> list() {
        return Lawyer.list("ORDER BY active DESC, rotaOrder, id");
    }

    @Transactional
    public Lawyer get(long id) {
        return Lawyer.<Lawyer>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Lawyer", "律师", id));
    }

    @Transactional
    public LawyerConflict declareConflict(long lawyerId, MediationRequests.Conflict request) {
        Lawyer lawyer = get(lawyerId);
        if (request.residentId() == null
                && (request.name() == null || request.name().isBlank())) {
            throw ProblemException.badRequest(
                    "residentId", Bilingual.of("a conflict names a residentId or a name", "冲突须指明 residentId 或姓名"));
        }
        LawyerConflict conflict = new LawyerConflict();
        conflict.lawyerId = lawyer.id;
        conflict.kind = request.kind();
        conflict.residentId = request.residentId();
        conflict.name = request.name() == null ? null : request.name().strip();
        conflict.note = request.note();
        conflict.persist();
        return conflict;
    }

    @Transactional
    public List<LawyerConflict> conflicts(long lawyerId) {
        return LawyerConflict.list("lawyerId = ?1 ORDER BY id", get(lawyerId).id);
    }

    /** Who is on duty each day from {@code from}, before conflicts with any particular case. */
    @Transactional
    public List<RotaDay> rota(LocalDate from, int days) {
        List<RotaDay> rotaDays = new ArrayList<>();
        for (int i = 0; i < days; i++) {
            LocalDate day = from.plusDays(i);
            rota.onDuty(day).ifPresent(lawyer -> rotaDays.add(new RotaDay(day, lawyer)));
        }
        return rotaDays;
    }
}
