package cn.fengqiao.mediation.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A mediation session, in the shared room when booked, with the duty lawyer when one attends. */
@Entity
@Table(name = "mediation_session")
public class MediationSession extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "dispute_id", nullable = false)
    public UUID disputeId;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    public Instant endsAt;

    @Column(name = "booking_id")
    public Long bookingId;

    @Column(name = "lawyer_id")
    public Long lawyerId;

    public String notes;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
}
