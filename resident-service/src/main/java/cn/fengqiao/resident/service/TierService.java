package cn.fengqiao.resident.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.fengqiao.infrastructure.audit.AuditLog;
import cn.fengqiao.infrastructure.outbox.Outbox;
import cn.fengqiao.infrastructure.problem.Bilingual;
import cn.fengqiao.infrastructure.problem.ProblemException;
import cn.fengqiao.infrastructure.security.Caller;
import cn.fengqiao.resident.config.TierRules;
import cn.fengqiao.resident.domain.Person;
import cn.fengqiao.resident.domain.PersonTier;
import cn.fengqiao.resident.domain.ReviewSuggestion;
import cn.fengqiao.resident.domain.Tier;
import cn.fengqiao.resident.domain.TierChange;
import cn.fengqiao.resident.domain.TierProposal;
import cn.fengqiao.resident.domain.TierReason;
import cn.fengqiao.resident.messaging.ResidentTopics;
import cn.fengqiao.resident.messaging.TierChanged;
import cn.fengqiao.resident.rest.TierViews;

/**
 * Three-tier classified management. Only officers and the commander, and only on the station's own
 * client, ever see or touch a tier; everyone else is refused and the refusal is audited. Raising is
 * an officer's proposal that a different commander approves (two-person rule); lowering is the
 * commander's alone; a review keeps the tier and sets the next review date. Every read is audited in
 * the same transaction, with the purpose the caller gave.
 */
@ApplicationScoped
public class TierService {

    @Inject
    Caller caller;

    @Inject
    AuditLog auditLog;

    @Inject
    TierRules rules;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** The tier of a person; GENERAL when none was ever set. */
    public static Tier tierOf(UUID personId) {
        return Optional.ofNullable(PersonTier.<PersonTier>findById(personId))
                .map(t -> t.tier)
                .orElse(Tier.GENERAL);
    }

    /** Whether the caller may see tiers at all: officer or commander, on the station's own client. */
    public boolean callerSeesTiers() {
        return (caller.hasRole("officer") || caller.hasRole("commander"))
                && rules.stationClient().equals(caller.client());
    }

    @Transactional
    public TierViews.Current read(UUID personId, String purpose) {
        Person person = permitted(personId, purpose, "read tier");
        PersonTier current = PersonTier.findById(person.id);
        auditLog.record(caller, purpose, "read tier", "person/" + person.id, "granted");
        List<TierViews.Change> history =
                TierChange.<TierChange>list("personId = ?1 ORDER BY at, id", person.id).stream()
                        .map(TierViews.Change::of)
                        .toList();
        return current == null
                ? new TierViews.Current(person.id, Tier.GENERAL, List.of(), null, null, null, null, history)
                : new TierViews.Current(
                        person.id,
                        current.tier,
                        List.of(current.reasons.split(",")),
                        current.reviewDue,
                        current.setAt,
                        current.setBy,
                        current.approvedBy,
                        history);
    }

    @Transactional
    public TierProposal propose(UUID personId, Tier target, Set<TierReason> reasons, String note, String purpose) {
        if (!caller.hasRole("officer")) {
            refuse("propose tier", "person/" + personId, purpose, "only an officer proposes a raise");
        }
        Person person = permitted(personId, purpose, "propose tier");
        Tier current = tierOf(person.id);
        if (!target.isAbove(current)) {
            throw ProblemException.conflict("A proposal raises a tier: " + person.id + " is " + current
                    + "; lowering is the commander's decision (PUT /api/residents/{id}/tier)");
        }
        if (TierProposal.count("personId = ?1 AND status = ?2", person.id, TierProposal.Status.PENDING) > 0) {
            throw ProblemException.conflict(Bilingual.of(
                    "A proposal for this person is already waiting for the commander", "此人已有一项分级建议在等待所长审批"));
        }
        TierProposal proposal = new TierProposal();
        proposal.id = UUID.randomUUID();
        proposal.personId = person.id;
        proposal.fromTier = current;
        proposal.toTier = target;
        proposal.reasons = codes(reasons);
        proposal.note = note;
        proposal.status = TierProposal.Status.PENDING;
        proposal.proposedBy = caller.name();
        proposal.proposedAt = clock.instant();
        proposal.persist();
        auditLog.record(caller, purpose, "propose tier " + target, "person/" + person.id, "granted");
        return proposal;
    }

    /** The second person of the two-person rule: a commander who is not the proposer. */
    @Transactional
    public TierProposal decide(UUID proposalId, boolean approve, String note, String purpose) {
        // The caller's right first, so a refused caller learns nothing, not even whether the proposal exists.
        if (!caller.hasRole("commander") || !callerSeesTiers()) {
            refuse(
                    "decide tier",
                    "tier-proposal/" + proposalId,
                    purpose,
                    "only the commander decides, on the station console");
        }
        TierProposal proposal = TierProposal.<TierProposal>findByIdOptional(proposalId)
                .orElseThrow(() -> ProblemException.notFound("Tier proposal", "分级建议", proposalId));
        if (caller.name().equals(proposal.proposedBy)) {
            refuse("decide tier", "person/" + proposal.personId, purpose, "the proposer cannot approve");
        }
        Person person = permitted(proposal.personId, purpose, "decide tier");
        if (proposal.status != TierProposal.Status.PENDING) {
            throw ProblemException.conflict("The proposal is already " + proposal.status);
        }
        proposal.status = approve ? TierProposal.Status.APPROVED : TierProposal.Status.REJECTED;
        proposal.decidedBy = caller.name();
        proposal.decidedAt = clock.instant();
        proposal.decisionNote = note;
        if (approve) {
            if (tierOf(person.id) != proposal.fromTier) {
                throw ProblemException.conflict(Bilingual.of(
                        "The tier changed since the proposal was made: propose again", "提出建议后分级已有变化，请重新提出"));
            }
            apply(
                    person,
                    proposal.toTier,
                    proposal.reasons,
                    proposal.note,
                    proposal.proposedBy,
                    caller.name(),
                    proposal.id);
        }
        auditLog.record(
                caller,
                purpose,
                (approve ? "approve" : "reject") + " tier " + proposal.toTier,
                "person/" + person.id,
                "granted");
        return proposal;
    }

    /** The commander lowers a tier alone (down to GENERAL). */
    @Transactional
    public TierViews.Current lower(UUID personId, Tier target, Set<TierReason> reasons, String why, String purpose) {
        if (!caller.hasRole("commander")) {
            refuse("lower tier", "person/" + personId, purpose, "only the commander lowers a tier");
        }
        Person person = permitted(personId, purpose, "lower tier");
        Tier current = tierOf(person.id);
        if (!current.isAbove(target)) {
            throw ProblemException.conflict(person.id + " is " + current + ": " + target
                    + " is not lower (raising needs an officer's proposal and your approval)");
        }
        apply(person, target, codes(reasons), why, caller.name(), null, null);
        auditLog.record(caller, purpose, "lower tier to " + target, "person/" + person.id, "granted");
        return read(person.id, purpose);
    }

    /** A review that keeps the tier: recorded in the history, and the next review date moves on. */
    @Transactional
    public TierViews.Current reviewed(UUID personId, String note, String purpose) {
        Person person = permitted(personId, purpose, "review tier");
        PersonTier current = PersonTier.findById(person.id);
        if (current == null || current.tier == Tier.GENERAL) {
            throw ProblemException.conflict(Bilingual.of("A GENERAL person has no review due", "一般级别人员无需复核"));
        }
        current.reviewDue = nextReview(current.tier);
        history(
                person.id,
                current.tier,
                current.tier,
                current.reasons,
                "review: " + (note == null ? "kept" : note),
                caller.name(),
                null,
                null);
        ReviewSuggestion.update(
                "status = 'DONE', doneBy = ?1, doneAt = ?2 WHERE personId = ?3 AND status = 'OPEN'",
                caller.name(),
                clock.instant(),
                person.id);
        return read(person.id, purpose);
    }

    /** Overdue reviews and open suggestions, for the caller's community or the station. */
    @Transactional
    public List<TierViews.QueueItem> queue(String purpose) {
        if (!callerSeesTiers()) {
            refuse(
                    "read review queue",
                    "review-queue",
                    purpose,
                    "tiers are for officers and the commander on the station console");
        }
        LocalDate today = LocalDate.now(clock);
        List<TierViews.QueueItem> items = new ArrayList<>();
        for (PersonTier due : PersonTier.<PersonTier>list("reviewDue < ?1 ORDER BY reviewDue", today)) {
            Person person = Person.findById(due.personId);
            if (caller.mayAccess(person.community)) {
                items.add(new TierViews.QueueItem(
                        person.id,
                        person.community,
                        "REVIEW_OVERDUE",
                        due.tier,
                        due.reviewDue,
                        "review due " + due.reviewDue,
                        null));
            }
        }
        for (ReviewSuggestion suggestion :
                ReviewSuggestion.<ReviewSuggestion>list("status = 'OPEN' ORDER BY createdAt")) {
            Person person = Person.findById(suggestion.personId);
            if (caller.mayAccess(person.community)) {
                items.add(TierViews.QueueItem.suggestion(suggestion, person.community, tierOf(person.id)));
            }
        }
        auditLog.record(caller, purpose, "read review queue", "review-queue", "granted");
        return items;
    }

    @Transactional
    public List<TierProposal> proposals(TierProposal.Status status, String purpose) {
        if (!callerSeesTiers()) {
            refuse(
                    "read tier proposals",
                    "tier-proposals",
                    purpose,
                    "tiers are for officers and the commander on the station console");
        }
        auditLog.record(caller, purpose, "read tier proposals", "tier-proposals", "granted");
        return TierProposal.<TierProposal>list(
                        "status = ?1 ORDER BY proposedAt", status == null ? TierProposal.Status.PENDING : status)
                .stream()
                .filter(p -> caller.mayAccess(Person.<Person>findById(p.personId).community))
                .toList();
    }

    private void apply(
            Person person,
            Tier target,
            String reasons,
            String why,
            String changedBy,
            String approvedBy,
            UUID proposalId) {
        PersonTier current = PersonTier.findById(person.id);
        Tier from = current == null ? Tier.GENERAL : current.tier;
        if (current == null) {
            current = new PersonTier();
            current.personId = person.id;
        }
        current.tier = target;
        current.reasons = target == Tier.GENERAL ? "" : reasons;
        current.reviewDue = nextReview(target);
        current.setAt = clock.instant();
        current.setBy = changedBy;
        current.approvedBy = approvedBy;
        current.persist();
        history(person.id, from, target, reasons, why, changedBy, approvedBy, proposalId);
        outbox.record(
                ResidentTopics.RESTRICTED_EVENTS,
                TierChanged.TYPE,
                person.id,
                new TierChanged(person.id, from.name(), target.name(), current.reviewDue, current.setAt));
    }

    private void history(
            UUID personId,
            Tier from,
            Tier to,
            String reasons,
            String why,
            String changedBy,
            String approvedBy,
            UUID proposalId) {
        TierChange change = new TierChange();
        change.personId = personId;
        change.fromTier = from;
        change.toTier = to;
        change.reasons = reasons;
        change.why = why;
        change.changedBy = changedBy;
        change.approvedBy = approvedBy;
        change.proposalId = proposalId;
        change.at = clock.instant();
        change.persist();
    }

    private LocalDate nextReview(Tier tier) {
        LocalDate today = LocalDate.now(clock);
        return switch (tier) {
            case KEY -> today.plusDays(rules.keyReviewDays());
            case WATCH -> today.plusDays(rules.watchReviewDays());
            case GENERAL -> null;
        };
    }

    /** The person, if the caller may handle tiers at all and this person in particular; refusals are audited. */
    private Person permitted(UUID personId, String purpose, String action) {
        if (!callerSeesTiers()) {
            refuse(
                    action,
                    "person/" + personId,
                    purpose,
                    "tiers are for officers and the commander on the station console");
        }
        Person person = Person.<Person>findByIdOptional(personId)
                .orElseThrow(() -> ProblemException.notFound("Person", "人员", personId));
        if (!caller.mayAccess(person.community)) {
            refuse(action, "person/" + personId, purpose, "other community");
        }
        if (purpose == null) {
            auditLog.recordRefusal(caller, null, action, "person/" + personId, "no purpose given");
            throw ProblemException.badRequest(
                    "X-Purpose",
                    Bilingual.of("is required to look at or change a tier: say why", "查看或更改分级时为必填项：请说明原因"));
        }
        return person;
    }

    private void refuse(String action, String subject, String purpose, String reason) {
        auditLog.recordRefusal(caller, purpose, action, subject, reason);
        throw ProblemException.forbidden("Refused: " + reason);
    }

    private static String codes(Set<TierReason> reasons) {
        return reasons.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }
}
