package cn.fengqiao.mediation.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import cn.fengqiao.infrastructure.problem.Bilingual;
import cn.fengqiao.infrastructure.problem.ProblemException;
import cn.fengqiao.infrastructure.time.ClockProducer;
import cn.fengqiao.mediation.domain.ConflictKind;
import cn.fengqiao.mediation.domain.Dispute;
import cn.fengqiao.mediation.domain.DisputeParty;
import cn.fengqiao.mediation.domain.Lawyer;
import cn.fengqiao.mediation.domain.LawyerConflict;

/**
 * The duty lawyers' rota: active lawyers in rota order take one day each, round the calendar. A
 * lawyer with a conflict of interest (a party, a party's relative, a former client of a party) is
 * passed over for the next lawyer in the rota.
 */
@ApplicationScoped
public class LawyerRota {

    /** A person, as far as conflicts go: a resident id and/or a name. */
    public record Person(UUID residentId, String name) {}

    public List<Lawyer> activeInOrder() {
        return Lawyer.list("active = true ORDER BY rotaOrder, id");
    }

    /** The lawyer the rota puts on duty that day, conflicts not considered; empty when nobody is on the rota. */
    @Transactional
    public Optional<Lawyer> onDuty(LocalDate day) {
        List<Lawyer> lawyers = activeInOrder();
        return lawyers.isEmpty()
                ? Optional.empty()
                : Optional.of(lawyers.get(Math.floorMod(day.toEpochDay(), lawyers.size())));
    }

    /** The first lawyer from the day's duty lawyer onwards who has no conflict with any of the people. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Lawyer onDutyWithoutConflict(LocalDate day, Collection<Person> people) {
        List<Lawyer> lawyers = activeInOrder();
        if (lawyers.isEmpty()) {
            throw ProblemException.conflict(Bilingual.of("No lawyer is on the duty rota", "值班律师名单上没有律师"));
        }
        int start = Math.floorMod(day.toEpochDay(), lawyers.size());
        List<String> passedOver = new ArrayList<>();
        for (int i = 0; i < lawyers.size(); i++) {
            Lawyer lawyer = lawyers.get((start + i) % lawyers.size());
            Optional<String> conflict = conflict(lawyer, people);
            if (conflict.isEmpty()) {
                return lawyer;
            }
            passedOver.add(lawyer.name + " (" + conflict.get() + ")");
        }
        throw ProblemException.conflict("Every lawyer on the rota has a conflict of interest: " + passedOver);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Lawyer onDutyWithoutConflict(Instant at, Dispute dispute) {
        return onDutyWithoutConflict(LocalDate.ofInstant(at, ClockProducer.STATION_ZONE), parties(dispute));
    }

    /** A named lawyer, refused with the reason when they have a conflict with a party. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Lawyer checkedLawyer(long lawyerId, Dispute dispute) {
        Lawyer lawyer = Lawyer.<Lawyer>findByIdOptional(lawyerId)
                .filter(l -> l.active)
                .orElseThrow(() -> ProblemException.badRequest("lawyerId", "no active lawyer " + lawyerId));
        conflict(lawyer, parties(dispute)).ifPresent(reason -> {
            throw ProblemException.conflict("Lawyer " + lawyer.name + " has a conflict of interest: " + reason);
        });
        return lawyer;
    }

    static List<Person> parties(Dispute dispute) {
        return DisputeParty.<DisputeParty>list("disputeId", dispute.id).stream()
                .map(p -> new Person(p.residentId, p.name))
                .toList();
    }

    /** Why the lawyer may not act for these people, if any reason exists. */
    public Optional<String> conflict(Lawyer lawyer, Collection<Person> people) {
        List<LawyerConflict> declared = LawyerConflict.list("lawyerId", lawyer.id);
        for (Person person : people) {
            if (lawyer.residentId != null && lawyer.residentId.equals(person.residentId())) {
                return Optional.of("is a party");
            }
            for (LawyerConflict conflict : declared) {
                boolean sameResident = conflict.residentId != null && conflict.residentId.equals(person.residentId());
                boolean sameName = conflict.name != null
                        && person.name() != null
                        && conflict.name.strip().equals(person.name().strip());
                if (sameResident || sameName) {
                    return Optional.of(
                            conflict.kind == ConflictKind.RELATIVE
                                    ? "a party is a relative"
                                    : "acted for a party before");
                }
            }
        }
        return Optional.empty();
    }
}
