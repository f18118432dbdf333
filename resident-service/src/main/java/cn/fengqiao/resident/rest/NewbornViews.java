package cn.fengqiao.resident.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.fengqiao.resident.domain.Gender;
import cn.fengqiao.resident.domain.NewbornStatus;
import cn.fengqiao.resident.domain.NewbornStep;
import cn.fengqiao.resident.domain.NewbornStepKind;
import cn.fengqiao.resident.domain.NewbornStepStatus;

/** What the newborn operations answer. */
public final class NewbornViews {

    private NewbornViews() {}

    public record Step(
            NewbornStepKind step, NewbornStepStatus status, Instant dueAt, String reference, Instant updatedAt) {

        public static Step of(NewbornStep s) {
            return new Step(s.step, s.status, s.dueAt, s.reference, s.updatedAt);
        }
    }

    /** For the station and the city systems: the application in full, parents' IDs whole for the systems that verify them. */
    public record Application(
            UUID id,
            String number,
            NewbornStatus status,
            String childName,
            Gender childGender,
            LocalDate birthDate,
            String birthPlace,
            String birthCertificateNo,
            String fatherIdNumber,
            String motherIdNumber,
            UUID hukouAddressId,
            String community,
            UUID personId,
            Instant submittedAt,
            Instant finishedAt,
            List<Step> steps) {}

    /** The public status query: by application number, no login, no personal data. */
    public record PublicStatus(
            String number, NewbornStatus status, Instant submittedAt, Instant finishedAt, List<Step> steps) {}
}
