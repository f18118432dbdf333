package cn.fengqiao.resident.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;

import cn.fengqiao.infrastructure.audit.AuditLog;
import cn.fengqiao.infrastructure.paging.Page;
import cn.fengqiao.infrastructure.paging.PageRequest;
import cn.fengqiao.infrastructure.problem.Bilingual;
import cn.fengqiao.infrastructure.problem.ProblemException;
import cn.fengqiao.infrastructure.security.Caller;
import cn.fengqiao.infrastructure.security.Masking;
import cn.fengqiao.resident.config.PersonalDataCipher;
import cn.fengqiao.resident.domain.Address;
import cn.fengqiao.resident.domain.Community;
import cn.fengqiao.resident.domain.HouseholdType;
import cn.fengqiao.resident.domain.Person;
import cn.fengqiao.resident.domain.PersonTier;
import cn.fengqiao.resident.domain.ResidentIdNumber;
import cn.fengqiao.resident.domain.Tier;
import cn.fengqiao.resident.rest.PersonRequests;
import cn.fengqiao.resident.rest.PersonView;

/**
 * The real population register. ID and phone numbers are encrypted before they reach the database;
 * they come back whole only on a person's own record and only for officers and the commander, and
 * every such look, like every look at a WATCH or KEY person, is audited in the same transaction (no
 * audit, no answer). Community officers work in their own community only: 403 elsewhere, and lists
 * hold nobody else.
 */
@ApplicationScoped
public class PersonService {

    /** A second registration of the same ID number: 409 that names the person already registered. */
    public static class AlreadyRegistered extends ProblemException {

        public final UUID existingId;

        AlreadyRegistered(UUID existingId) {
            super(409, "Already registered", "A person with this ID number is registered: " + existingId, null);
            this.existingId = existingId;
        }
    }

    @Inject
    PersonalDataCipher cipher;

    @Inject
    Caller caller;

    @Inject
    AuditLog auditLog;

    @Inject
    TierService tiers;

    @Transactional
    public Person register(PersonRequests request) {
        ResidentIdNumber id = ResidentIdNumber.parse("idNumber", request.idNumber());
        if (request.gender() != null && request.gender() != id.gender()) {
            throw ProblemException.badRequest("gender", "the ID number says " + id.gender());
        }
        if (request.birthDate() != null && !request.birthDate().equals(id.birthDate())) {
            throw ProblemException.badRequest("birthDate", "the ID number says " + id.birthDate());
        }
        checkPermit(request.householdType(), request.permitFrom(), request.permitUntil());
        String community = communityOf(request);
        if (!caller.mayAccess(community)) {
            auditLog.recordRefusal(
                    caller, "registration", "register person", "community/" + community, "other community");
            throw ProblemException.forbidden(
                    Bilingual.of("You may register residents of your own community only", "您只能登记本社区的人口"));
        }
        String lookup = cipher.lookup(id.value());
        Optional<Person> existing =
                Person.find("idNumberLookup IN ?1", cipher.lookups(id.value())).firstResultOptional();
        if (existing.isPresent()) {
            throw new AlreadyRegistered(existing.get().id);
        }
        Person person = new Person();
        person.id = UUID.randomUUID();
        person.idNumberLookup = lookup;
        person.idNumberCipher = cipher.encrypt(id.value());
        person.name = request.name().strip();
        person.gender = id.gender();
        person.birthDate = id.birthDate();
        person.phoneCipher = cipher.encrypt(request.phone());
        person.householdType = request.householdType();
        person.addressId = request.addressId();
        person.community = community;
        person.occupation = request.occupation();
        person.workplace = request.workplace();
        person.permitFrom = request.permitFrom();
        person.permitUntil = request.permitUntil();
        person.registeredAt = Instant.now();
        person.registeredBy = caller.name();
        person.verifiedAt = person.registeredAt;
        person.verifiedBy = person.registeredBy;
        person.persist();
        return person;
    }

    private String communityOf(PersonRequests request) {
        if (request.addressId() != null) {
            Address address = homeAddress(request.addressId());
            if (request.community() != null && !request.community().equals(address.community)) {
                throw ProblemException.badRequest("community", "differs from the address's " + address.community);
            }
            return address.community;
        }
        if (request.community() == null) {
            throw ProblemException.badRequest(
                    "community", Bilingual.of("is required when no addressId is given", "未提供 addressId 时为必填项"));
        }
        if (Community.findById(request.community()) == null) {
            throw ProblemException.badRequest("community", "no community " + request.community());
        }
        return request.community();
    }

    /**
     * A person's record. Officers and the commander see the numbers whole; the station's console also
     * shows the tier. A look at whole numbers or at a WATCH or KEY person is audited; every look needs
     * a purpose (asked of everyone, so that being asked for one says nothing about the tier).
     */
    @Transactional
    public PersonView read(UUID id, String purpose) {
        Person person = inCallersCommunity(id, purpose, "read person");
        requirePurpose(purpose, "read person", "person/" + person.id);
        PersonTier tier = PersonTier.findById(person.id);
        boolean whole = seesNumbersWhole();
        if (whole || isTiered(tier)) {
            auditLog.record(
                    caller,
                    purpose,
                    whole ? "read person with ID and phone" : "read person",
                    "person/" + person.id,
                    "granted");
        }
        return view(person, whole, tier);
    }

    /**
     * Search by community and name prefix, or find one person by ID number; numbers always masked.
     * The search is audited, and so is each WATCH or KEY person it shows, by name of record.
     */
    @Transactional
    public Page<PersonView> search(
            String community, String namePrefix, String idNumber, PageRequest page, String purpose) {
        String scope = scope(community, purpose, "search persons", "You may search your own community only");
        String subject = "persons?community=" + scope + (namePrefix == null ? "" : "&name=…")
                + (idNumber == null ? "" : "&idNumber=…");
        requirePurpose(purpose, "search persons", subject);
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (scope != null) {
            query.append(" AND community = :community");
            params.and("community", scope);
        }
        if (namePrefix != null && !namePrefix.isBlank()) {
            query.append(" AND name LIKE :name");
            params.and("name", namePrefix.strip().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (idNumber != null && !idNumber.isBlank()) {
            query.append(" AND idNumberLookup IN :lookups");
            params.and(
                    "lookups",
                    cipher.lookups(ResidentIdNumber.parse("idNumber", idNumber).value()));
        }
        auditLog.record(caller, purpose, "search persons", subject, "granted");
        PanacheQuery<Person> found = Person.find(query + " ORDER BY name, id", params);
        List<Person> persons = found.page(page.page(), page.size()).list();
        Map<UUID, PersonTier> tiers = tiersOf(persons);
        List<PersonView> items = new ArrayList<>();
        for (Person person : persons) {
            PersonTier tier = tiers.get(person.id);
            if (isTiered(tier)) {
                auditLog.record(caller, purpose, "listed person in a search", "person/" + person.id, "granted");
            }
            items.add(view(person, false, tier));
        }
        return new Page<>(items, page.page(), page.size(), found.count());
    }

    /** The person, if the caller works in their community (403, the refusal audited, otherwise). */
    Person inCallersCommunity(UUID id, String purpose, String action) {
        Person person =
                Person.<Person>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Person", "人员", id));
        if (!caller.mayAccess(person.community)) {
            auditLog.recordRefusal(caller, purpose, action, "person/" + person.id, "other community");
            throw ProblemException.forbidden(Bilingual.of("This person lives outside your community", "此人不住在您的社区"));
        }
        return person;
    }

    /**
     * The community a list covers: a community officer's own (403, audited, when they ask for another),
     * anyone else's choice (null: the whole station).
     */
    String scope(String community, String purpose, String action, String refusal) {
        if (caller.community().isPresent() && community != null && !caller.mayAccess(community)) {
            auditLog.recordRefusal(caller, purpose, action, "community/" + community, "other community");
            throw ProblemException.forbidden(refusal);
        }
        return caller.community().orElse(community);
    }

    /** An address a person can live at: known, and within a community (400 naming addressId otherwise). */
    static Address homeAddress(UUID addressId) {
        Address address = AddressService.current("addressId", addressId);
        if (address.community == null) {
            throw ProblemException.badRequest(
                    "addressId", Bilingual.of("is above the community level: give a dwelling", "高于社区一级：请指定房屋"));
        }
        return address;
    }

    /** A temporary resident's permit has an end, and no permit ends before it begins. */
    static void checkPermit(HouseholdType type, LocalDate from, LocalDate until) {
        if (type == HouseholdType.TEMPORARY && until == null) {
            throw ProblemException.badRequest(
                    "permitUntil", Bilingual.of("a temporary resident's permit needs its end date", "暂住人员的居住证须有截止日期"));
        }
        if (from != null && until != null && until.isBefore(from)) {
            throw ProblemException.badRequest(
                    "permitUntil", Bilingual.of("must not be before permitFrom", "不得早于 permitFrom"));
        }
    }

    /** Every look at the register says why: 400 naming X-Purpose otherwise, and the refusal audited. */
    void requirePurpose(String purpose, String action, String subject) {
        if (purpose == null) {
            auditLog.recordRefusal(caller, null, action, subject, "no purpose given");
            throw ProblemException.badRequest(
                    "X-Purpose", Bilingual.of("is required to look at residents: say why", "查看人口信息时为必填项：请说明原因"));
        }
    }

    private static Map<UUID, PersonTier> tiersOf(List<Person> persons) {
        if (persons.isEmpty()) {
            return Map.of();
        }
        return PersonTier.<PersonTier>list(
                        "personId IN ?1", persons.stream().map(p -> p.id).toList())
                .stream()
                .collect(Collectors.toMap(t -> t.personId, t -> t));
    }

    private static boolean isTiered(PersonTier tier) {
        return tier != null && tier.tier != Tier.GENERAL;
    }

    private boolean seesNumbersWhole() {
        return caller.hasRole("officer") || caller.hasRole("commander");
    }

    private PersonView view(Person p, boolean whole, PersonTier tier) {
        boolean showTier = tiers.callerSeesTiers();
        String idNumber = cipher.decrypt(p.idNumberCipher);
        String phone = cipher.decrypt(p.phoneCipher);
        return new PersonView(
                p.id,
                whole ? idNumber : Masking.idNumber(idNumber),
                p.name,
                p.gender,
                p.birthDate,
                whole ? phone : Masking.phone(phone),
                p.householdType,
                p.addressId,
                p.community,
                p.occupation,
                p.workplace,
                p.permitFrom,
                p.permitUntil,
                whole,
                showTier ? (tier == null ? Tier.GENERAL : tier.tier) : null,
                showTier && tier != null ? tier.reviewDue : null,
                p.movedInOn,
                p.movedOutOn,
                p.deceasedOn,
                p.verifiedAt,
                p.version);
    }
}
