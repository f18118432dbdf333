package cn.fengqiao.mediation.service;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import cn.fengqiao.infrastructure.problem.IfMatch;
import cn.fengqiao.infrastructure.problem.ProblemException;
import cn.fengqiao.infrastructure.security.Caller;
import cn.fengqiao.mediation.domain.Dispute;
import cn.fengqiao.mediation.domain.Lawyer;

/**
 * Which disputes the caller may see. Mediators, officers and the commander see their community's (or
 * all, when station-wide); a lawyer sees only disputes they mediate or attended a session of. Anything
 * else is a plain 404, so ids of other disputes reveal nothing.
 */
@RequestScoped
public class DisputeAccess {

    @Inject
    Caller caller;

    /** The version the caller saw (If-Match) for the change this request makes; null means no check. */
    private Long expectedVersion;

    public void expectVersion(Long version) {
        this.expectedVersion = version;
    }

    /** The dispute if the caller may see it, at the version the caller expects when changing it. */
    public Dispute visible(UUID id) {
        Dispute dispute = Optional.ofNullable(Dispute.<Dispute>findById(id))
                .filter(this::mayRead)
                .orElseThrow(() -> ProblemException.notFound("Dispute", "矛盾纠纷", id));
        IfMatch.check("Dispute " + dispute.number, dispute.version, expectedVersion);
        return dispute;
    }

    /** Only lawyers are limited to their own disputes; a lawyer who is also a mediator is a mediator. */
    public boolean isLawyerOnly() {
        return caller.hasRole("lawyer")
                && !caller.hasRole("mediator")
                && !caller.hasRole("officer")
                && !caller.hasRole("commander");
    }

    public boolean mayRead(Dispute dispute) {
        if (!caller.mayAccess(dispute.community)) {
            return false;
        }
        return !isLawyerOnly() || isAssignedLawyer(dispute);
    }

    /** The assigned mediator (a duty lawyer mediating included) is the one person who sees contacts whole. */
    public boolean seesContacts(Dispute dispute) {
        return caller.name().equals(dispute.mediator);
    }

    /** The calling lawyer's own record, if the caller is on the rota. */
    public Optional<Lawyer> callerAsLawyer() {
        return Lawyer.find("username", caller.name()).firstResultOptional();
    }

    private boolean isAssignedLawyer(Dispute dispute) {
        if (caller.name().equals(dispute.mediator)) {
            return true;
        }
        return callerAsLawyer()
                .map(lawyer -> MediationSessionQueries.attended(dispute.id, lawyer.id))
                .orElse(false);
    }
}
