package cn.fengqiao.resident.service;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.fengqiao.infrastructure.audit.AuditLog;
import cn.fengqiao.infrastructure.outbox.Outbox;
import cn.fengqiao.infrastructure.problem.Bilingual;
import cn.fengqiao.infrastructure.problem.ProblemException;
import cn.fengqiao.infrastructure.security.Caller;
import cn.fengqiao.resident.config.PersonalDataCipher;
import cn.fengqiao.resident.domain.Address;
import cn.fengqiao.resident.domain.Gender;
import cn.fengqiao.resident.domain.HouseholdType;
import cn.fengqiao.resident.domain.NewbornApplication;
import cn.fengqiao.resident.domain.NewbornStatus;
import cn.fengqiao.resident.domain.NewbornStep;
import cn.fengqiao.resident.domain.NewbornStepKind;
import cn.fengqiao.resident.domain.NewbornStepStatus;
import cn.fengqiao.resident.domain.Person;
import cn.fengqiao.resident.domain.ResidentIdNumber;
import cn.fengqiao.resident.messaging.NewbornStepRequested;
import cn.fengqiao.resident.messaging.ResidentTopics;
import cn.fengqiao.resident.rest.NewbornRequests;
import cn.fengqiao.resident.rest.NewbornViews;

/**
 * The newborn one-stop application as a saga: the birth certificate is verified by the health
 * system, then the hukou is registered here (the child becomes a person of the register with a new
 * ID number), then vaccination, medical insurance and the social security card run in parallel at
 * their systems. Each external step is requested by an event and completed by a callback as
 * city-system; a repeated callback changes nothing. A failed step or a withdrawal compensates: the
 * hukou entry is withdrawn and the steps still open are cancelled. Every step is due within a day.
 */
@ApplicationScoped
public class NewbornService {

    static final Duration STEP_DEADLINE = Duration.ofDays(1);
    static final List<NewbornStepKind> AFTER_HUKOU = List.of(
            NewbornStepKind.VACCINATION, NewbornStepKind.MEDICAL_INSURANCE, NewbornStepKind.SOCIAL_SECURITY_CARD);
    private static final String NUMBER_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    @Inject
    PersonalDataCipher cipher;

    @Inject
    Caller caller;

    @Inject
    Outbox outbox;

    @Inject
    AuditLog auditLog;

    @Inject
    Clock clock;

    private final SecureRandom random = new SecureRandom();

    @Transactional
    public NewbornApplication submit(NewbornRequests.Submit request) {
        if (request.birthDate().isAfter(LocalDate.now(clock))) {
            throw ProblemException.badRequest("birthDate", Bilingual.of("is in the future", "晚于当前时间"));
        }
        if (request.fatherIdNumber() == null && request.motherIdNumber() == null) {
            throw ProblemException.badRequest(
                    "motherIdNumber", Bilingual.of("at least one parent's ID number is required", "须至少提供父母一方的身份证号码"));
        }
        String father = request.fatherIdNumber() == null
                ? null
                : ResidentIdNumber.parse("fatherIdNumber", request.fatherIdNumber())
                        .value();
        String mother = request.motherIdNumber() == null
                ? null
                : ResidentIdNumber.parse("motherIdNumber", request.motherIdNumber())
                        .value();
        Address hukou = AddressService.current("hukouAddressId", request.hukouAddressId());
        if (hukou.community == null) {
            throw ProblemException.badRequest(
                    "hukouAddressId", Bilingual.of("must be a standard address within a community", "须为社区内的标准地址"));
        }
        NewbornApplication application = new NewbornApplication();
        application.id = UUID.randomUUID();
        application.number = newNumber();
        application.status = NewbornStatus.IN_PROGRESS;
        application.childName = request.childName().strip();
        application.childGender = request.childGender();
        application.birthDate = request.birthDate();
        application.birthPlace = request.birthPlace().strip();
        application.birthCertificateNo = request.birthCertificateNo();
        application.fatherIdCipher = cipher.encrypt(father);
        application.motherIdCipher = cipher.encrypt(mother);
        application.hukouAddressId = hukou.id;
        application.community = hukou.community;
        application.submittedAt = clock.instant();
        application.submittedBy = caller.name();
        application.persist();
        for (NewbornStepKind kind : NewbornStepKind.values()) {
            NewbornStep step = new NewbornStep();
            step.applicationId = application.id;
            step.step = kind;
            step.status = NewbornStepStatus.WAITING;
            step.updatedAt = application.submittedAt;
            step.persist();
        }
        request(application, NewbornStepKind.BIRTH_CERTIFICATE);
        return application;
    }

    /** A city system reports its step. The same report twice is answered as before and changes nothing. */
    @Transactional
    public NewbornApplication report(UUID applicationId, NewbornRequests.StepOutcome outcome) {
        if (!outcome.step().isExternal()) {
            throw ProblemException.badRequest(
                    "step",
                    Bilingual.of("HUKOU is the station's own step, not a city system's", "户口登记由派出所办理，不由市级系统办理"));
        }
        NewbornApplication application = get(applicationId);
        NewbornStep step = step(application.id, outcome.step());
        NewbornStepStatus reported = outcome.done() ? NewbornStepStatus.DONE : NewbornStepStatus.FAILED;
        if (step.status == reported) {
            return application; // a repeated callback
        }
        if (step.status != NewbornStepStatus.REQUESTED) {
            throw ProblemException.conflict(
                    outcome.step() + " is " + step.status + ": nothing is expected from its system");
        }
        step.status = reported;
        step.reference = outcome.reference();
        step.note = outcome.note();
        step.updatedAt = clock.instant();
        if (!outcome.done()) {
            compensate(application, NewbornStatus.FAILED, outcome.step() + " failed: " + outcome.note());
            return application;
        }
        if (outcome.step() == NewbornStepKind.BIRTH_CERTIFICATE) {
            registerHukou(application);
            AFTER_HUKOU.forEach(kind -> request(application, kind));
        } else if (NewbornStep.count("applicationId = ?1 AND status <> ?2", application.id, NewbornStepStatus.DONE)
                == 0) {
            application.status = NewbornStatus.COMPLETED;
            application.finishedAt = clock.instant();
        }
        return application;
    }

    @Transactional
    public NewbornApplication withdraw(UUID applicationId, String reason) {
        NewbornApplication application = get(applicationId);
        if (application.status != NewbornStatus.IN_PROGRESS) {
            throw ProblemException.conflict("The application is " + application.status + ": it cannot be withdrawn");
        }
        compensate(
                application, NewbornStatus.WITHDRAWN, "withdrawn: " + (reason == null ? "by the applicant" : reason));
        return application;
    }

    @Transactional
    public NewbornApplication get(UUID id) {
        return NewbornApplication.<NewbornApplication>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Newborn application", "新生儿落户申请", id));
    }

    @Transactional
    public NewbornViews.Application view(UUID id) {
        NewbornApplication a = get(id);
        return new NewbornViews.Application(
                a.id,
                a.number,
                a.status,
                a.childName,
                a.childGender,
                a.birthDate,
                a.birthPlace,
                a.birthCertificateNo,
                cipher.decrypt(a.fatherIdCipher),
                cipher.decrypt(a.motherIdCipher),
                a.hukouAddressId,
                a.community,
                a.personId,
                a.submittedAt,
                a.finishedAt,
                steps(a.id));
    }

    /** The application for a station officer or a city system, the look audited (it holds the parents' IDs). */
    @Transactional
    public NewbornViews.Application read(UUID id) {
        NewbornViews.Application application = view(id);
        auditLog.record(
                caller, "newborn application", "read application", "newborn/" + application.number(), "granted");
        return application;
    }

    /** The public status query: nothing but the number, the statuses and the dates. */
    @Transactional
    public NewbornViews.PublicStatus publicStatus(String number) {
        NewbornApplication a = NewbornApplication.<NewbornApplication>find("number", number)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Application", "申请", number));
        return new NewbornViews.PublicStatus(a.number, a.status, a.submittedAt, a.finishedAt, steps(a.id));
    }

    private List<NewbornViews.Step> steps(UUID applicationId) {
        return NewbornStep.<NewbornStep>list("applicationId = ?1 ORDER BY id", applicationId).stream()
                .map(NewbornViews.Step::of)
                .toList();
    }

    /** Our own step: the child enters the register with a new ID number at the hukou address. */
    private void registerHukou(NewbornApplication application) {
        String idNumber = newIdNumber(application);
        Person child = new Person();
        child.id = UUID.randomUUID();
        child.idNumberLookup = cipher.lookup(idNumber);
        child.idNumberCipher = cipher.encrypt(idNumber);
        child.name = application.childName;
        child.gender = application.childGender;
        child.birthDate = application.birthDate;
        child.householdType = HouseholdType.REGISTERED;
        child.addressId = application.hukouAddressId;
        child.community = application.community;
        child.registeredAt = clock.instant();
        child.registeredBy = "newborn-application " + application.number;
        child.persist();
        application.personId = child.id;
        NewbornStep hukou = step(application.id, NewbornStepKind.HUKOU);
        hukou.status = NewbornStepStatus.DONE;
        hukou.reference = child.id.toString();
        hukou.updatedAt = clock.instant();
    }

    private void compensate(NewbornApplication application, NewbornStatus status, String why) {
        for (NewbornStep step : NewbornStep.<NewbornStep>list("applicationId", application.id)) {
            if (step.status == NewbornStepStatus.WAITING || step.status == NewbornStepStatus.REQUESTED) {
                step.status = NewbornStepStatus.CANCELLED;
                step.updatedAt = clock.instant();
            }
        }
        if (application.personId != null) {
            // the hukou entry is withdrawn: the child's record made by this application goes
            Person.deleteById(application.personId);
            NewbornStep hukou = step(application.id, NewbornStepKind.HUKOU);
            hukou.status = NewbornStepStatus.COMPENSATED;
            hukou.note = why;
            hukou.updatedAt = clock.instant();
            application.personId = null;
        }
        application.status = status;
        application.finishedAt = clock.instant();
    }

    private void request(NewbornApplication application, NewbornStepKind kind) {
        NewbornStep step = step(application.id, kind);
        step.status = NewbornStepStatus.REQUESTED;
        step.dueAt = clock.instant().plus(STEP_DEADLINE);
        step.updatedAt = clock.instant();
        outbox.record(
                ResidentTopics.RESIDENT_EVENTS,
                NewbornStepRequested.TYPE,
                application.id,
                new NewbornStepRequested(application.id, application.number, kind.name(), step.dueAt));
    }

    private static NewbornStep step(UUID applicationId, NewbornStepKind kind) {
        return NewbornStep.<NewbornStep>find("applicationId = ?1 AND step = ?2", applicationId, kind)
                .singleResult();
    }

    private String newNumber() {
        StringBuilder number = new StringBuilder("CS-");
        for (int i = 0; i < 10; i++) {
            number.append(NUMBER_ALPHABET.charAt(random.nextInt(NUMBER_ALPHABET.length())));
        }
        return number.toString();
    }

    /** A new resident ID: the station's region, the birth date, a free sequence of the child's sex, the check character. */
    private String newIdNumber(NewbornApplication application) {
        String prefix = "140502" + application.birthDate.toString().replace("-", "");
        int parity = application.childGender == Gender.MALE ? 1 : 0;
        for (int sequence = parity; sequence < 1000; sequence += 2) {
            String first17 = prefix + "%03d".formatted(sequence);
            String candidate = first17 + ResidentIdNumber.checkCharacter(first17);
            if (Person.count("idNumberLookup IN ?1", cipher.lookups(candidate)) == 0) {
                return candidate;
            }
        }
        throw ProblemException.conflict(
                Bilingual.of("No free ID number for this birth date in the station's region", "本辖区该出生日期已无可用的身份证号码"));
    }
}
