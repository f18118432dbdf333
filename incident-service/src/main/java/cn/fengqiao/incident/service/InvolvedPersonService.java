package cn.fengqiao.incident.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.fengqiao.incident.domain.Incident;
import cn.fengqiao.incident.domain.InvolvedPerson;
import cn.fengqiao.incident.domain.PersonRole;
import cn.fengqiao.infrastructure.problem.Bilingual;
import cn.fengqiao.infrastructure.problem.ProblemException;
import cn.fengqiao.infrastructure.security.Caller;

/**
 * The people in an incident. Suspects are for sworn officers and the commander only; whole phone
 * numbers too (see {@link #seesWholeNumbers()}).
 */
@ApplicationScoped
public class InvolvedPersonService {

    @Inject
    IncidentService incidents;

    @Inject
    Caller caller;

    @Transactional
    public InvolvedPerson add(UUID incidentId, PersonRole role, UUID residentId, String name, String phone) {
        Incident incident = incidents.get(incidentId);
        if (role == PersonRole.SUSPECT && !seesWholeNumbers()) {
            throw ProblemException.forbidden(
                    Bilingual.of("Only a police officer or the commander records suspects", "只有民警或所长可以登记嫌疑人"));
        }
        return add(incident, role, residentId, name, phone);
    }

    /** Within the caller's transaction, for intake and merge. */
    @Transactional(Transactional.TxType.MANDATORY)
    public InvolvedPerson add(Incident incident, PersonRole role, UUID residentId, String name, String phone) {
        if (residentId == null && isBlank(name) && isBlank(phone)) {
            throw ProblemException.badRequest(
                    "personsInvolved",
                    Bilingual.of("each person needs a residentId, a name or a phone", "每个人须有 residentId、姓名或电话"));
        }
        InvolvedPerson person = new InvolvedPerson();
        person.incidentId = incident.id;
        person.role = role;
        person.residentId = residentId;
        person.name = isBlank(name) ? null : name.strip();
        person.phone = isBlank(phone) ? null : phone;
        person.persist();
        return person;
    }

    @Transactional
    public List<InvolvedPerson> list(UUID incidentId) {
        incidents.get(incidentId);
        List<InvolvedPerson> people = InvolvedPerson.list("incidentId = ?1 ORDER BY id", incidentId);
        return seesWholeNumbers()
                ? people
                : people.stream().filter(p -> p.role != PersonRole.SUSPECT).toList();
    }

    /** Sworn officers and the commander work with suspects and call people back. */
    public boolean seesWholeNumbers() {
        return caller.hasRole("officer") || caller.hasRole("commander");
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
