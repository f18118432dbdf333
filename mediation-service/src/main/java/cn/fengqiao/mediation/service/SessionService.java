package cn.fengqiao.mediation.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.fengqiao.infrastructure.problem.Bilingual;
import cn.fengqiao.infrastructure.problem.ProblemException;
import cn.fengqiao.infrastructure.security.Caller;
import cn.fengqiao.infrastructure.time.ClockProducer;
import cn.fengqiao.mediation.domain.Dispute;
import cn.fengqiao.mediation.domain.DisputeStatus;
import cn.fengqiao.mediation.domain.Lawyer;
import cn.fengqiao.mediation.domain.MediationSession;
import cn.fengqiao.mediation.rest.DisputeRequests;

/**
 * Mediation sessions: the first one moves an assigned dispute into mediation. A session may book the
 * shared room and may have the duty lawyer of its day attend (the next lawyer if that one has a conflict).
 */
@ApplicationScoped
public class SessionService {

    @Inject
    DisputeAccess access;

    @Inject
    DisputeService disputes;

    @Inject
    RoomService room;

    @Inject
    LawyerRota rota;

    @Inject
    Caller caller;

    @Transactional
    public MediationSession record(UUID disputeId, DisputeRequests.Session request) {
        Dispute dispute = access.visible(disputeId);
        if (!request.endsAt().isAfter(request.startsAt())) {
            throw ProblemException.badRequest("endsAt", Bilingual.of("must be after startsAt", "须晚于 startsAt"));
        }
        if (dispute.status == DisputeStatus.ASSIGNED) {
            disputes.move(dispute, DisputeStatus.IN_MEDIATION, "first session");
        } else if (dispute.status != DisputeStatus.IN_MEDIATION) {
            throw ProblemException.conflict("Dispute " + dispute.number + " is " + dispute.status
                    + ": sessions are held once a mediator is assigned and before an agreement or failure");
        }
        MediationSession session = new MediationSession();
        session.disputeId = dispute.id;
        session.startsAt = request.startsAt();
        session.endsAt = request.endsAt();
        session.notes = request.notes();
        session.recordedBy = caller.name();
        if (request.inRoom()) {
            session.bookingId = room.book(
                            RoomService.MAIN_ROOM,
                            request.startsAt(),
                            request.endsAt(),
                            "调解 " + dispute.number,
                            dispute.id)
                    .id;
        }
        if (request.withDutyLawyer()) {
            Lawyer lawyer = rota.onDutyWithoutConflict(request.startsAt(), dispute);
            session.lawyerId = lawyer.id;
        }
        session.persist();
        return session;
    }

    /** A station day's sessions of every dispute the caller may see, in time order. */
    @Transactional
    public List<MediationSession> day(LocalDate day) {
        Instant from = day.atStartOfDay(ClockProducer.STATION_ZONE).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(ClockProducer.STATION_ZONE).toInstant();
        return MediationSession.<MediationSession>list("startsAt < ?2 AND endsAt > ?1 ORDER BY startsAt", from, to)
                .stream()
                .filter(session -> access.mayRead(Dispute.findById(session.disputeId)))
                .toList();
    }

    @Transactional
    public List<MediationSession> list(UUID disputeId) {
        Dispute dispute = access.visible(disputeId);
        return new ArrayList<>(MediationSession.list("disputeId = ?1 ORDER BY startsAt", dispute.id));
    }
}
