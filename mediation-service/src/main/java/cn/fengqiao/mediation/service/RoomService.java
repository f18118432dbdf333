package cn.fengqiao.mediation.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import cn.fengqiao.infrastructure.problem.Bilingual;
import cn.fengqiao.infrastructure.problem.ProblemException;
import cn.fengqiao.infrastructure.security.Caller;
import cn.fengqiao.infrastructure.time.ClockProducer;
import cn.fengqiao.mediation.domain.MediationRoom;
import cn.fengqiao.mediation.domain.RoomBooking;

/**
 * The mediation room the station shares with the judicial office. A booking locks the room's row, so
 * two bookings for the same time cannot both pass the overlap check: the second answers 409.
 */
@ApplicationScoped
public class RoomService {

    public static final String MAIN_ROOM = "main";

    @Inject
    Caller caller;

    @Transactional
    public RoomBooking book(String roomCode, Instant startsAt, Instant endsAt, String purpose, UUID disputeId) {
        if (!endsAt.isAfter(startsAt)) {
            throw ProblemException.badRequest("endsAt", Bilingual.of("must be after startsAt", "须晚于 startsAt"));
        }
        String code = roomCode == null ? MAIN_ROOM : roomCode;
        MediationRoom room = MediationRoom.<MediationRoom>findByIdOptional(code, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.badRequest("room", "no room " + code));
        RoomBooking clash = RoomBooking.<RoomBooking>find(
                        "roomCode = ?1 AND startsAt < ?3 AND endsAt > ?2 ORDER BY startsAt",
                        room.code,
                        startsAt,
                        endsAt)
                .firstResult();
        if (clash != null) {
            throw ProblemException.conflict("The " + room.name + " is booked from " + clash.startsAt + " to "
                    + clash.endsAt + " (" + clash.purpose + ")");
        }
        RoomBooking booking = new RoomBooking();
        booking.roomCode = room.code;
        booking.startsAt = startsAt;
        booking.endsAt = endsAt;
        booking.purpose = purpose;
        booking.disputeId = disputeId;
        booking.bookedBy = caller.name();
        booking.persist();
        return booking;
    }

    /** The bookings that touch a station day, in time order. */
    @Transactional
    public List<RoomBooking> day(LocalDate day) {
        Instant from = day.atStartOfDay(ClockProducer.STATION_ZONE).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(ClockProducer.STATION_ZONE).toInstant();
        return RoomBooking.list("startsAt < ?2 AND endsAt > ?1 ORDER BY startsAt", from, to);
    }

    /** Cancels a booking: its booker or a mediator may; a booking a session uses stays. */
    @Transactional
    public void cancel(long id) {
        RoomBooking booking = RoomBooking.<RoomBooking>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Booking", "预约", id));
        if (!booking.bookedBy.equals(caller.name()) && !caller.hasRole("mediator")) {
            throw ProblemException.forbidden(
                    Bilingual.of("Only who booked the room, or a mediator, cancels a booking", "只有预约人或调解员可以取消预约"));
        }
        if (booking.disputeId != null) {
            throw ProblemException.conflict("Booking " + id + " holds a recorded mediation session");
        }
        booking.delete();
    }
}
