package cn.fengqiao.mediation.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.fengqiao.infrastructure.paging.Page;
import cn.fengqiao.infrastructure.paging.PageRequest;
import cn.fengqiao.infrastructure.problem.Bilingual;
import cn.fengqiao.infrastructure.problem.ProblemException;
import cn.fengqiao.infrastructure.security.Caller;
import cn.fengqiao.mediation.domain.Consultation;
import cn.fengqiao.mediation.domain.Lawyer;
import cn.fengqiao.mediation.rest.MediationRequests;

/**
 * The legal consultations log (法律咨询). A lawyer records their own; a mediator records one for the
 * lawyer on duty that day (or the next without a conflict with the asker). Lawyers read only theirs.
 */
@ApplicationScoped
public class ConsultationService {

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    DisputeAccess access;

    @Inject
    LawyerRota rota;

    @Transactional
    public Consultation record(MediationRequests.Consultation request) {
        LawyerRota.Person asker = new LawyerRota.Person(request.askerResidentId(), request.askerName());
        Lawyer lawyer = lawyerFor(request, asker);
        if (request.disputeId() != null) {
            access.visible(request.disputeId());
        }
        Consultation consultation = new Consultation();
        consultation.askedAt = clock.instant();
        consultation.community = request.community();
        consultation.askerName = request.askerName().strip();
        consultation.askerResidentId = request.askerResidentId();
        consultation.askerContact = request.askerContact();
        consultation.topic = request.topic().strip();
        consultation.adviceSummary = request.adviceSummary().strip();
        consultation.lawyerId = lawyer.id;
        consultation.disputeId = request.disputeId();
        consultation.recordedBy = caller.name();
        consultation.persist();
        return consultation;
    }

    private Lawyer lawyerFor(MediationRequests.Consultation request, LawyerRota.Person asker) {
        if (access.isLawyerOnly()) {
            Lawyer self = access.callerAsLawyer()
                    .orElseThrow(() -> ProblemException.forbidden(
                            Bilingual.of("You are not on the duty lawyers' rota", "您不在值班律师名单上")));
            rota.conflict(self, List.of(asker)).ifPresent(reason -> {
                throw ProblemException.conflict("You have a conflict of interest with the asker: " + reason);
            });
            return self;
        }
        if (request.lawyerId() != null) {
            Lawyer named = Lawyer.<Lawyer>findByIdOptional(request.lawyerId())
                    .filter(l -> l.active)
                    .orElseThrow(
                            () -> ProblemException.badRequest("lawyerId", "no active lawyer " + request.lawyerId()));
            rota.conflict(named, List.of(asker)).ifPresent(reason -> {
                throw ProblemException.conflict("Lawyer " + named.name + " has a conflict of interest: " + reason);
            });
            return named;
        }
        return rota.onDutyWithoutConflict(LocalDate.now(clock), List.of(asker));
    }

    @Transactional
    public <T> Page<T> list(PageRequest page, Function<Consultation, T> mapper) {
        if (access.isLawyerOnly()) {
            Long lawyerId = access.callerAsLawyer().map(l -> l.id).orElse(-1L);
            return Page.of(Consultation.find("lawyerId = ?1 ORDER BY askedAt DESC", lawyerId), page, mapper);
        }
        return Page.of(Consultation.find("ORDER BY askedAt DESC"), page, mapper);
    }
}
