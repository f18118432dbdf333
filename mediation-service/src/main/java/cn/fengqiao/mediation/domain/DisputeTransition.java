package cn.fengqiao.mediation.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One step of a dispute: who (from the token), when, from and to, and the note. */
@Entity
@Table(name = "dispute_transition")
public class DisputeTransition extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "dispute_id", nullable = false)
    public UUID disputeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public DisputeStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public DisputeStatus toStatus;

    @Column(nullable = false)
    public Instant at;

    @Column(name = "by_user", nullable = false)
    public String byUser;

    public String note;
}
