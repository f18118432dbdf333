package cn.fengqiao.mediation.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import cn.fengqiao.infrastructure.security.Masking;
import cn.fengqiao.mediation.domain.ConflictKind;
import cn.fengqiao.mediation.domain.Consultation;
import cn.fengqiao.mediation.domain.Lawyer;
import cn.fengqiao.mediation.domain.LawyerConflict;
import cn.fengqiao.mediation.domain.RoomBooking;
import cn.fengqiao.mediation.service.LawyerService;

/** What the room, lawyer and consultation operations answer. */
public final class MediationViews {

    private MediationViews() {}

    public record Booking(
            Long id, String room, Instant startsAt, Instant endsAt, String purpose, UUID disputeId, String bookedBy) {

        public static Booking of(RoomBooking b) {
            return new Booking(b.id, b.roomCode, b.startsAt, b.endsAt, b.purpose, b.disputeId, b.bookedBy);
        }
    }

    public record LawyerView(
            Long id, String username, String name, String firm, int rotaOrder, boolean active, long version) {

        public static LawyerView of(Lawyer l) {
            return new LawyerView(l.id, l.username, l.name, l.firm, l.rotaOrder, l.active, l.version);
        }
    }

    public record ConflictView(Long id, Long lawyerId, ConflictKind kind, UUID residentId, String name, String note) {

        public static ConflictView of(LawyerConflict c) {
            return new ConflictView(c.id, c.lawyerId, c.kind, c.residentId, c.name, c.note);
        }
    }

    public record RotaDay(LocalDate day, Long lawyerId, String lawyerName) {

        public static RotaDay of(LawyerService.RotaDay d) {
            return new RotaDay(d.day(), d.lawyer().id, d.lawyer().name);
        }
    }

    /** A consultation; the asker's contact is masked in the log. */
    public record ConsultationView(
            Long id,
            Instant askedAt,
            String community,
            String askerName,
            UUID askerResidentId,
            String askerContact,
            String topic,
            String adviceSummary,
            Long lawyerId,
            UUID disputeId) {

        public static ConsultationView of(Consultation c) {
            return new ConsultationView(
                    c.id,
                    c.askedAt,
                    c.community,
                    c.askerName,
                    c.askerResidentId,
                    Masking.phone(c.askerContact),
                    c.topic,
                    c.adviceSummary,
                    c.lawyerId,
                    c.disputeId);
        }
    }
}
