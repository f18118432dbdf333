package cn.fengqiao.resident.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Parameters;

import cn.fengqiao.infrastructure.audit.AuditLog;
import cn.fengqiao.infrastructure.changes.ChangeLog;
import cn.fengqiao.infrastructure.changes.Changes;
import cn.fengqiao.infrastructure.changes.MergePatch;
import cn.fengqiao.infrastructure.outbox.Outbox;
import cn.fengqiao.infrastructure.paging.Page;
import cn.fengqiao.infrastructure.paging.PageRequest;
import cn.fengqiao.infrastructure.problem.IfMatch;
import cn.fengqiao.infrastructure.problem.ProblemException;
import cn.fengqiao.infrastructure.security.Caller;
import cn.fengqiao.infrastructure.security.Masking;
import cn.fengqiao.resident.config.PersonalDataCipher;
import cn.fengqiao.resident.domain.Address;
import cn.fengqiao.resident.domain.Person;
import cn.fengqiao.resident.messaging.PersonMoved;
import cn.fengqiao.resident.messaging.ResidentTopics;
import cn.fengqiao.resident.rest.PersonCorrection;

/**
 * Keeping the population register true (一标三实: the actual population): corrections of a person's
 * name, phone, household type, permit, address with the day of the move, the move out of the
 * station's area and death. Each correction is kept in the record's history (who, when, why, which
 * fields; the phone masked), audited like a look at the record, and counts as a check that the record
 * is true; a move is told to the other services. The records nobody has checked for months are
 * listed per community, for the officers' rounds (实有人口核查).
 */
@ApplicationScoped
public class PersonCorrections {

    static final String RECORD = "person";

    @Inject
    Caller caller;

    @Inject
    AuditLog auditLog;

    @Inject
    ChangeLog changeLog;

    @Inject
    PersonalDataCipher cipher;

    @Inject
    Outbox outbox;

    @Inject
    PersonService persons;

    @Inject
    Clock clock;

    @Inject
    RegisterChecks checks;

    @Transactional
    public Person correct(UUID id, MergePatch<PersonCorrection> patch, Long expectedVersion, String reason) {
        Person person = persons.inCallersCommunity(id, reason, "correct person");
        IfMatch.check("Person " + id, person.version, expectedVersion);
        PersonCorrection to = patch.values();
        patch.requirePresent("name", "householdType");
        String fromCommunity = person.community;
        UUID fromAddress = person.addressId;
        Changes changes = new Changes();
        person.name = patch.applyText(changes, "name", person.name, to.name());
        if (patch.has("phone")) {
            String phone = cipher.decrypt(person.phoneCipher);
            if (!Objects.equals(phone, to.phone())) {
                changes.note("phone", Masking.phone(phone), Masking.phone(to.phone()));
                person.phoneCipher = cipher.encrypt(to.phone());
            }
        }
        person.householdType = patch.apply(changes, "householdType", person.householdType, to.householdType());
        person.occupation = patch.apply(changes, "occupation", person.occupation, to.occupation());
        person.workplace = patch.apply(changes, "workplace", person.workplace, to.workplace());
        person.permitFrom = patch.apply(changes, "permitFrom", person.permitFrom, to.permitFrom());
        person.permitUntil = patch.apply(changes, "permitUntil", person.permitUntil, to.permitUntil());
        PersonService.checkPermit(person.householdType, person.permitFrom, person.permitUntil);
        move(person, patch, changes);
        person.movedOutOn = patch.apply(
                changes, "movedOutOn", person.movedOutOn, checks.notAfterToday("movedOutOn", to.movedOutOn()));
        if (patch.has("deceasedOn")) {
            LocalDate died = checks.notAfterToday("deceasedOn", to.deceasedOn());
            if (died != null && died.isBefore(person.birthDate)) {
                throw ProblemException.badRequest("deceasedOn", "lies before the birth date " + person.birthDate);
            }
            person.deceasedOn = changes.set("deceasedOn", person.deceasedOn, died);
        }
        if (changes.isEmpty()) {
            return person;
        }
        person.verifiedAt = clock.instant();
        person.verifiedBy = caller.name();
        changeLog.record(RECORD, person.id, reason, changes);
        auditLog.record(
                caller,
                reason,
                "correct person",
                "person/" + person.id,
                "granted: "
                        + changes.fields().stream().map(Changes.Field::field).collect(Collectors.joining(",")));
        if (changes.changed("addressId") || (changes.changed("movedOutOn") && person.movedOutOn != null)) {
            boolean out = person.movedOutOn != null;
            outbox.record(
                    ResidentTopics.RESIDENT_EVENTS,
                    PersonMoved.TYPE,
                    person.id,
                    new PersonMoved(
                            person.id,
                            fromCommunity,
                            person.community,
                            fromAddress,
                            out ? null : person.addressId,
                            out ? person.movedOutOn : person.movedInOn,
                            out));
        }
        return person;
    }

    /** An officer found the record true on the spot (核查): nothing changes but the day it was verified. */
    @Transactional
    public Person verify(UUID id, String purpose) {
        Person person = persons.inCallersCommunity(id, purpose, "verify person");
        person.verifiedAt = clock.instant();
        person.verifiedBy = caller.name();
        auditLog.record(caller, purpose, "verify person", "person/" + person.id, "granted");
        return person;
    }

    /** The record's corrections, oldest first; a look at them is audited like a look at the record. */
    @Transactional
    public List<ChangeLog.Entry> history(UUID id, String purpose) {
        Person person = persons.inCallersCommunity(id, purpose, "read person changes");
        persons.requirePurpose(purpose, "read person changes", "person/" + id);
        auditLog.record(caller, purpose, "read person changes", "person/" + person.id, "granted");
        return changeLog.history(RECORD, person.id);
    }

    /**
     * The living register's records of a community that nobody has found true for {@code months}
     * (the station's setting when not given), the longest unchecked first.
     */
    @Transactional
    public <T> Page<T> unverified(
            String community, Integer months, PageRequest page, String purpose, Function<Person, T> view) {
        String scope =
                persons.scope(community, purpose, "list unverified persons", "You may list your own community only");
        Parameters params = Parameters.with("before", checks.unverifiedBefore(months));
        persons.requirePurpose(purpose, "list unverified persons", "persons?community=" + scope);
        auditLog.record(caller, purpose, "list unverified persons", "persons?community=" + scope, "granted");
        String query = "movedOutOn IS NULL AND deceasedOn IS NULL AND COALESCE(verifiedAt, registeredAt) < :before";
        if (scope != null) {
            query += " AND community = :community";
            params.and("community", scope);
        }
        return Page.of(Person.find(query + " ORDER BY COALESCE(verifiedAt, registeredAt), id", params), page, view);
    }

    /** A move to another address of the station: the community follows the address. */
    private void move(Person person, MergePatch<PersonCorrection> patch, Changes changes) {
        PersonCorrection to = patch.values();
        if (patch.has("addressId")) {
            if (to.addressId() == null) {
                throw ProblemException.badRequest(
                        "addressId", "cannot be removed: give the new address, or movedOutOn when the person left");
            }
            Address address = PersonService.homeAddress(to.addressId());
            person.addressId = changes.set("addressId", person.addressId, address.id);
            person.community = changes.set("community", person.community, address.community);
        }
        if (changes.changed("addressId") || patch.has("movedInOn")) {
            LocalDate movedIn = patch.has("movedInOn") ? to.movedInOn() : LocalDate.now(clock);
            person.movedInOn = changes.set("movedInOn", person.movedInOn, checks.notAfterToday("movedInOn", movedIn));
        }
    }
}
